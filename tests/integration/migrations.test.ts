import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { sql } from '@payloadcms/db-sqlite'
import { drizzle } from '@payloadcms/db-sqlite/drizzle/libsql'
import type { MigrateUpArgs } from '@payloadcms/db-sqlite'
import { describe, expect, it } from 'vitest'

import { migrations } from '@migrations/sqlite'
import { usePayload } from '@tests/support/boot'

type Db = { all: <T>(query: ReturnType<typeof sql>) => Promise<T[]> }

/** Every foreign key of every table, with what happens on delete: "table.column → target ON DELETE action". */
async function foreignKeys(db: Db): Promise<string[]> {
  const tables = await db.all<{ name: string }>(
    sql`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name != 'payload_migrations'`,
  )
  const keys: string[] = []
  for (const { name } of tables) {
    const rows = await db.all<{ from: string; table: string; on_delete: string }>(
      sql.raw(`SELECT * FROM pragma_foreign_key_list('${name}')`),
    )
    for (const row of rows) keys.push(`${name}.${row.from} → ${row.table} ON DELETE ${row.on_delete.toLowerCase()}`)
  }
  return keys.sort()
}

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

  // drizzle-kit writes `ALTER TABLE … ADD … REFERENCES` without the ON DELETE the schema
  // declares; a database built by the migrations then refused to delete a maturity level that
  // an old version of a choice had pointed to (a 500). Compared here with the pushed schema.
  it('a database built by the committed migrations deletes like the schema says', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rota-migrations-'))
    const client = createClient({ url: `file:${path.join(dir, 'migrated.db')}` })
    try {
      const db = drizzle(client)
      for (const migration of migrations)
        await migration.up({ db, payload: ctx.payload, req: {} } as unknown as MigrateUpArgs)
      const pushed = (ctx.payload.db as unknown as { drizzle: Db }).drizzle
      expect(await foreignKeys(db as unknown as Db)).toEqual(await foreignKeys(pushed))
    } finally {
      client.close()
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
