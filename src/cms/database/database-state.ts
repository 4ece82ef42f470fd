import type { Payload } from 'payload'

import { limits } from '@/shared/limits'

export type DatabaseState = 'ok' | 'timeout' | 'unreachable'

/**
 * Whether the database answers a small query, within limits.healthDatabaseMs. The driver's
 * error goes to the server log only (it may carry a connection string), as one line: the proxy
 * asks every few seconds, and a stack each time would bury everything else.
 */
export async function databaseState(payload: Payload): Promise<DatabaseState> {
  let timer: NodeJS.Timeout | undefined
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), limits.healthDatabaseMs)
  })
  try {
    return await Promise.race([
      payload.count({ collection: 'areas', overrideAccess: true }).then(() => 'ok' as const),
      timedOut,
    ])
  } catch (error) {
    const cause = (error as { cause?: { message?: string } }).cause?.message
    payload.logger.error(`the database does not answer: ${cause ?? (error as Error).message}`.slice(0, 300))
    return 'unreachable'
  } finally {
    clearTimeout(timer)
  }
}
