import type { Endpoint } from 'payload'

import { version } from '@/../package.json'
import { limits } from '@/shared/limits'
import { shuttingDown } from '@/shared/shutdown'

const noStore = { 'Cache-Control': 'no-store' }

/**
 * GET /api/health, for the proxy and docker-compose: 200 when the database answers a query,
 * 503 with the reason when it does not or not in time, or while the server shuts down. The reason is ours, never the driver's
 * message (which may carry a connection string); the driver's goes to the server log.
 */
export const healthEndpoint: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    if (shuttingDown())
      return Response.json(
        { status: 'stopping', database: 'not checked', reason: 'the server is shutting down', version },
        { status: 503, headers: noStore },
      )
    let timer: NodeJS.Timeout | undefined
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), limits.healthDatabaseMs)
    })
    try {
      const answer = await Promise.race([
        req.payload.count({ collection: 'areas', overrideAccess: true }).then(() => 'ok' as const),
        timedOut,
      ])
      if (answer === 'ok') return Response.json({ status: 'ok', database: 'ok', version }, { headers: noStore })
      return Response.json(
        {
          status: 'error',
          database: 'timeout',
          reason: `the database did not answer within ${limits.healthDatabaseMs / 1000} s`,
          version,
        },
        { status: 503, headers: noStore },
      )
    } catch (error) {
      req.payload.logger.error({ msg: 'health check: the database query failed', err: error })
      return Response.json(
        { status: 'error', database: 'unreachable', reason: 'the database refused or failed the query', version },
        { status: 503, headers: noStore },
      )
    } finally {
      clearTimeout(timer)
    }
  },
}
