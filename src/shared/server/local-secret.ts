import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { env } from '@/shared/server/environment'

/**
 * A local instance (the default SQLite database under ./data) keeps a random secret of
 * its own, shared by `npm start` and the import CLI, rather than a well-known default.
 * A deployment names its database (DATABASE_URI) and must bring its PAYLOAD_SECRET.
 * Returns a message when a secret was generated.
 */
export function loadLocalSecret(root: string): string | null {
  if (env().PAYLOAD_SECRET || env().DATABASE_URI) return null
  const file = path.join(root, 'data', '.payload-secret')
  let generated: string | null = null
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 })
    generated = `PAYLOAD_SECRET is not set: generated one for this machine in ${path.relative(root, file)}`
  }
  process.env.PAYLOAD_SECRET = readFileSync(file, 'utf8').trim()
  return generated
}
