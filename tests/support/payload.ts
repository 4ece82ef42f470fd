import { randomUUID } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'

/**
 * Boots Payload on a database of its own: a fresh SQLite file per test file by default,
 * or a fresh database on the MongoDB server of MONGODB_URI when the test project for
 * MongoDB runs (TEST_DATABASE=mongodb). The config is imported only after DATABASE_URI is
 * set, because the adapter reads it when the config module is evaluated.
 */
export async function bootPayload(): Promise<{ payload: Payload; cleanup: () => Promise<void> }> {
  let dir: string | undefined
  if (process.env.TEST_DATABASE === 'mongodb') {
    const base = process.env.MONGODB_URI
    if (!base) throw new Error('TEST_DATABASE=mongodb needs MONGODB_URI')
    const url = new URL(base)
    url.pathname = `/rota_test_${randomUUID().slice(0, 8)}`
    process.env.DATABASE_URI = url.toString()
  } else {
    dir = mkdtempSync(path.join(os.tmpdir(), 'rota-test-'))
    process.env.DATABASE_URI = `file:${path.join(dir, 'test.db')}`
  }
  const { getPayload } = await import('payload')
  const { default: config } = await import('@payload-config')
  const payload = await getPayload({ config })
  return {
    payload,
    cleanup: async () => {
      if (process.env.TEST_DATABASE === 'mongodb') {
        await (
          payload.db as unknown as { connection?: { dropDatabase(): Promise<unknown> } }
        ).connection?.dropDatabase()
      }
      await payload.destroy()
      if (dir) rmSync(dir, { recursive: true, force: true })
    },
  }
}
