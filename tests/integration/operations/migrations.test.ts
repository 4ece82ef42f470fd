import { randomUUID } from 'node:crypto'
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

describe.skipIf(process.env.TEST_DATABASE === 'mongodb')('the move of failed sign-ins out of the activity log', () => {
  it('folds the old one-per-attempt entries per address, account and minute, without the typed text', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rota-migrations-'))
    const client = createClient({ url: `file:${path.join(dir, 'migrated.db')}` })
    try {
      const db = drizzle(client)
      const args = { db, payload: ctx.payload, req: {} } as unknown as MigrateUpArgs
      const index = migrations.findIndex((m) => m.name.endsWith('_sign_in_failures'))
      for (const migration of migrations.slice(0, index)) await migration.up(args)
      await db.run(
        sql`INSERT INTO users (id, name, role, email) VALUES ('u-1', 'Editör', 'editor', 'editor@example.org')`,
      )
      const attempt = (at: string, person: string, address: unknown) =>
        db.run(sql`INSERT INTO activity_log (id, action, person_name, details, created_at, updated_at)
          VALUES (${randomUUID()}, 'sign_in_failed', ${person}, ${JSON.stringify({ via: 'REST', address })}, ${at}, ${at})`)
      await attempt('2026-11-30T10:00:05.000Z', 'EDITOR@example.org', '203.0.113.7')
      await attempt('2026-11-30T10:00:40.000Z', 'editor@example.org', '203.0.113.7')
      await attempt('2026-11-30T10:00:41.000Z', '\u202Eevil@example.org', '203.0.113.7')
      await attempt('2026-11-30T10:00:42.000Z', 'nobody@example.org', '203.0.113.7')
      await attempt('2026-11-30T10:01:00.000Z', 'nobody@example.org', 'unknown')
      await db.run(sql`INSERT INTO activity_log (id, action, person_name) VALUES ('kept', 'publish', 'Editör')`)

      await migrations[index].up(args)

      const rows = await (db as unknown as Db).all<Record<string, unknown>>(
        sql`SELECT minute, address, account_id, account_name, count, created_at, updated_at FROM sign_in_failures ORDER BY minute, account_name`,
      )
      expect(rows).toEqual([
        {
          minute: '2026-11-30T10:00:00.000Z',
          address: '203.0.113.7',
          account_id: null,
          account_name: 'bilinmeyen hesap',
          count: 2,
          created_at: '2026-11-30T10:00:41.000Z',
          updated_at: '2026-11-30T10:00:42.000Z',
        },
        {
          minute: '2026-11-30T10:00:00.000Z',
          address: '203.0.113.7',
          account_id: 'u-1',
          account_name: 'editor@example.org',
          count: 2,
          created_at: '2026-11-30T10:00:05.000Z',
          updated_at: '2026-11-30T10:00:40.000Z',
        },
        {
          minute: '2026-11-30T10:01:00.000Z',
          address: 'bilinmeyen adres',
          account_id: null,
          account_name: 'bilinmeyen hesap',
          count: 1,
          created_at: '2026-11-30T10:01:00.000Z',
          updated_at: '2026-11-30T10:01:00.000Z',
        },
      ])
      const left = await (db as unknown as Db).all<{ id: string }>(sql`SELECT id FROM activity_log`)
      expect(left).toEqual([{ id: 'kept' }])
    } finally {
      client.close()
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
