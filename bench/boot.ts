import { randomBytes } from 'node:crypto'
import path from 'node:path'

import type { Payload } from 'payload'

/**
 * Payload on a fresh SQLite database in `dir`, as the production app runs it (migrations, no
 * schema push), logging to stderr so a benchmark's stdout holds only its results.
 */
export async function benchPayload(dir: string): Promise<Payload> {
  Object.assign(process.env, {
    NODE_ENV: 'production',
    DATABASE_URI: `file:${path.join(dir, 'bench.db')}`,
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    ROTA_LOG_TO_STDERR: '1',
  })
  const { getPayload } = await import('payload')
  const { default: config } = await import('@payload-config')
  return getPayload({ config })
}
