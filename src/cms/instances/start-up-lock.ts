import { randomUUID } from 'node:crypto'
import { setTimeout as sleep } from 'node:timers/promises'

import type { DatabaseAdapterObj } from 'payload'

/**
 * One start-up step at a time across instances (migrations, then the first-run preparation):
 * a row with a unique key and an expiry, inserted by whoever goes first; the others wait until
 * it is gone, then do the step themselves (finding it already done). The claims collection
 * (src/cms/instances/claims.ts) cannot hold this lock, because the migrations are what create it: so the
 * row lives in a table (SQLite) or collection (MongoDB) of its own that needs no migration.
 * This module is the one place that speaks to either adapter's driver for it; the decision
 * itself is the same on both: an insert of a key that is unique (SQLite's primary key,
 * MongoDB's _id), which exactly one instance wins.
 */
type Store = {
  insert: (key: string, holder: string, expiresAt: number) => Promise<boolean>
  holderOf: (key: string) => Promise<{ holder: string; expiresAt: number } | null>
  remove: (key: string, holder: string) => Promise<void>
}

const table = 'rota_start_up_locks'

type SqliteClient = {
  execute: (q: string | { sql: string; args: (string | number)[] }) => Promise<{
    rows: Record<string, unknown>[]
    rowsAffected: number
  }>
}
type MongoCollection = {
  insertOne: (doc: object) => Promise<unknown>
  findOne: (filter: object) => Promise<Record<string, unknown> | null>
  deleteOne: (filter: object) => Promise<unknown>
}

async function storeOf(db: { name: string }): Promise<Store> {
  const mongo = (db as unknown as { connection?: { collection: (name: string) => MongoCollection } }).connection
  if (db.name === 'mongoose' && mongo) {
    const locks = mongo.collection(table)
    return {
      insert: async (key, holder, expiresAt) => {
        try {
          await locks.insertOne({ _id: key, holder, expiresAt })
          return true
        } catch (error) {
          if ((error as { code?: number }).code === 11000) return false
          throw error
        }
      },
      holderOf: async (key) => {
        const row = await locks.findOne({ _id: key })
        return row ? { holder: String(row.holder), expiresAt: Number(row.expiresAt) } : null
      },
      remove: async (key, holder) => void (await locks.deleteOne({ _id: key, holder })),
    }
  }
  const client = (db as unknown as { client: SqliteClient }).client
  await client.execute(
    `CREATE TABLE IF NOT EXISTS ${table} (key TEXT PRIMARY KEY NOT NULL, holder TEXT NOT NULL, expires_at INTEGER NOT NULL)`,
  )
  return {
    insert: async (key, holder, expiresAt) =>
      (
        await client.execute({
          sql: `INSERT OR IGNORE INTO ${table} (key, holder, expires_at) VALUES (?, ?, ?)`,
          args: [key, holder, expiresAt],
        })
      ).rowsAffected === 1,
    holderOf: async (key) => {
      const { rows } = await client.execute({
        sql: `SELECT holder, expires_at FROM ${table} WHERE key = ?`,
        args: [key],
      })
      return rows[0] ? { holder: String(rows[0].holder), expiresAt: Number(rows[0].expires_at) } : null
    },
    remove: async (key, holder) =>
      void (await client.execute({ sql: `DELETE FROM ${table} WHERE key = ? AND holder = ?`, args: [key, holder] })),
  }
}

/** What a start waiting for another's step says, once: a holder that died holds it until `until`. */
const waitingLine = (key: string, until: Date) =>
  `[rota] waiting for another instance's start-up step "${key}" to finish ` +
  `(if that instance stopped, this one goes on at ${until.toISOString()} at the latest)`

/**
 * Runs `step` while holding `key`, waiting (checking every `pollMs`) while another instance
 * holds it. A holder that died lets go after `holdMs`; the step must be safe to run again after
 * another instance ran it (each checks what is already done). `onWait` hears once that this
 * start waits, and until when at most: without it, a start after a crashed one sat silent for
 * up to ten minutes.
 */
export async function oneAtATime<T>(
  db: { name: string },
  key: string,
  step: () => Promise<T>,
  {
    holdMs = 10 * 60_000,
    pollMs = 250,
    onWait,
  }: { holdMs?: number; pollMs?: number; onWait?: (line: string) => void } = {},
): Promise<T> {
  const store = await storeOf(db)
  const holder = randomUUID()
  let told = false
  for (;;) {
    if (await store.insert(key, holder, Date.now() + holdMs)) break
    const held = await store.holderOf(key)
    if (held && held.expiresAt <= Date.now()) await store.remove(key, held.holder)
    else {
      if (held && !told) {
        told = true
        onWait?.(waitingLine(key, new Date(held.expiresAt)))
      }
      await sleep(pollMs)
    }
  }
  try {
    return await step()
  } finally {
    await store.remove(key, holder)
  }
}

/** The adapter's migrations one instance at a time: the first applies them, the others then find nothing to do. */
export function withMigrationLock(adapter: DatabaseAdapterObj): DatabaseAdapterObj {
  return {
    ...adapter,
    init: (args) => {
      const db = adapter.init(args)
      const migrate = db.migrate.bind(db)
      db.migrate = (options) =>
        oneAtATime(db, 'migrations', () => migrate(options), { onWait: (line) => args.payload.logger.warn(line) })
      return db
    },
  }
}
