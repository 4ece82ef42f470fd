import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createClient, type Client } from '@libsql/client'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { oneAtATime, withMigrationLock } from '@/cms/instances/start-up-lock'

/**
 * A start-up step one instance at a time (src/cms/instances/start-up-lock.ts): a start that finds
 * the step held says so once, with when it goes on at the latest, then runs the step after the
 * holder, or after a holder that stopped without letting go.
 */
let dir: string
let client: Client
let db: { name: string; client: Client }

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'rota-start-up-lock-'))
  client = createClient({ url: `file:${path.join(dir, 'lock.db')}` })
  db = { name: 'sqlite', client }
})
afterEach(() => {
  client.close()
  rmSync(dir, { recursive: true, force: true })
})

/** A holder that crashed: its row stays until its expiry, `ms` from now. */
async function heldByAStoppedStart(key: string, ms: number) {
  await client.execute(
    'CREATE TABLE IF NOT EXISTS rota_start_up_locks (key TEXT PRIMARY KEY NOT NULL, holder TEXT NOT NULL, expires_at INTEGER NOT NULL)',
  )
  await client.execute({
    sql: "INSERT INTO rota_start_up_locks (key, holder, expires_at) VALUES (?, 'gone', ?)",
    args: [key, Date.now() + ms],
  })
}

describe('a start that waits for another', () => {
  it('says once that it waits and until when, then runs its step after the holder', async () => {
    const order: string[] = []
    const lines: string[] = []
    let release = () => {}
    const first = oneAtATime(db, 'migrations', async () => {
      order.push('first')
      await new Promise<void>((resolve) => (release = resolve))
    })
    await new Promise((resolve) => setTimeout(resolve, 50))
    const second = oneAtATime(db, 'migrations', async () => void order.push('second'), {
      pollMs: 10,
      onWait: (line) => lines.push(line),
    })
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(order).toEqual(['first'])
    release()
    await Promise.all([first, second])
    expect(order).toEqual(['first', 'second'])
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/waiting for another instance's start-up step "migrations" to finish/)
    const until = Date.parse(/at (\S+) at the latest/.exec(lines[0])?.[1] ?? '')
    expect(until - Date.now()).toBeGreaterThan(9 * 60_000)
  })

  it('goes on when the holder stopped without letting go, once its hold expired', async () => {
    await heldByAStoppedStart('first-run-preparation', 300)
    const lines: string[] = []
    let ran = false
    await oneAtATime(db, 'first-run-preparation', async () => void (ran = true), {
      pollMs: 20,
      onWait: (line) => lines.push(line),
    })
    expect(ran).toBe(true)
    expect(lines).toHaveLength(1)
  })

  it("says it in the server's log when the migrations wait", async () => {
    await heldByAStoppedStart('migrations', 300)
    const warnings: string[] = []
    let migrated = false
    const adapter = withMigrationLock({
      init: () => ({ ...db, migrate: async () => void (migrated = true) }),
    } as never)
    const started = adapter.init({ payload: { logger: { warn: (line: string) => warnings.push(line) } } } as never)
    await (started as unknown as { migrate: () => Promise<void> }).migrate()
    expect(migrated).toBe(true)
    expect(warnings).toEqual([expect.stringContaining('start-up step "migrations"')])
  })
})
