import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { usePayload } from '@tests/support/boot'

/**
 * A production start applies the committed migrations instead of pushing the schema, so
 * they must describe the schema the code defines. Compares the schema with the last
 * committed SQLite snapshot, the way `payload migrate:create` decides what to generate.
 */
const ctx = usePayload()

describe.skipIf(process.env.TEST_DATABASE === 'mongodb')('SQLite migrations', () => {
  it('the committed migrations match the collections (run `payload migrate:create` after a schema change)', async () => {
    const db = ctx.payload.db as unknown as {
      schema: unknown
      requireDrizzleKit: () => {
        generateDrizzleJson: (schema: unknown) => Promise<unknown>
        generateMigration: (before: unknown, after: unknown) => Promise<string[]>
      }
    }
    const dir = path.resolve('migrations/sqlite')
    const latest = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .at(-1)
    expect(latest, 'no SQLite migration snapshot is committed').toBeDefined()
    const before = JSON.parse(readFileSync(path.join(dir, latest!), 'utf8'))
    const kit = db.requireDrizzleKit()
    const after = await kit.generateDrizzleJson(db.schema)
    const missing = await kit.generateMigration(before, after)
    expect(missing, `statements missing from migrations/sqlite:\n${missing.join('\n')}`).toEqual([])
  })
})
