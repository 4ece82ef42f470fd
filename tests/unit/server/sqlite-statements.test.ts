import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createClient, type Client } from '@libsql/client'
import Database from 'libsql'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

/**
 * What patches/@libsql+client+….patch changes: the SQLite client Payload's adapter uses keeps
 * each statement it prepared, per connection and SQL text, instead of preparing it (and asking
 * it for its columns twice) on every execution, a fifth of a first import's time
 * (docs/development/benchmarks.md, bench:import). If an upgrade drops the patch, the first test
 * fails; the others hold what keeping statements must not break.
 */
let dir: string
let client: Client
let prepared: string[]
type Prepare = (this: object, sql: string) => unknown
const methods = Database.prototype as unknown as { prepare: Prepare }
const prepare = methods.prepare

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'rota-statements-'))
  client = createClient({ url: `file:${path.join(dir, 'test.db')}` })
  prepared = []
  methods.prepare = function (sql) {
    prepared.push(sql)
    return prepare.call(this, sql)
  }
})
afterEach(() => {
  methods.prepare = prepare
  client.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('the SQLite client (patched)', () => {
  it('prepares a statement once and runs it again with other values', async () => {
    await client.execute('create table notes (id integer primary key, text text unique)')
    for (const text of ['bir', 'iki', 'üç'])
      await client.execute({ sql: 'insert into notes (text) values (?)', args: [text] })
    const read = { sql: 'select text from notes where id > ? order by id', args: [1] }
    expect((await client.execute(read)).rows.map((r) => r.text)).toEqual(['iki', 'üç'])
    expect((await client.execute({ ...read, args: [2] })).rows.map((r) => r.text)).toEqual(['üç'])
    expect(prepared.filter((sql) => sql.startsWith('insert'))).toHaveLength(1)
    expect(prepared.filter((sql) => sql.startsWith('select'))).toHaveLength(1)
  })

  it('reads the new columns after a schema change (a migration) on the same connection', async () => {
    await client.execute('create table notes (a text)')
    await client.execute("insert into notes values ('x')")
    expect((await client.execute('select * from notes')).columns).toEqual(['a'])
    await client.execute('alter table notes add column b text')
    const after = await client.execute('select * from notes')
    expect(after.columns).toEqual(['a', 'b'])
    expect(after.rows[0].b).toBeNull()
  })

  it('answers a refused write with the database’s error, and the same statement works afterwards', async () => {
    await client.execute('create table notes (text text unique)')
    const insert = (text: string) => client.execute({ sql: 'insert into notes values (?)', args: [text] })
    await insert('bir')
    await expect(insert('bir')).rejects.toThrow(/UNIQUE constraint failed/)
    await insert('iki')
    expect((await client.execute('select count(*) as n from notes')).rows[0].n).toBe(2)
  })

  it('keeps each transaction’s statements to its own connection: a rolled-back write is gone', async () => {
    await client.execute('create table notes (text text)')
    const insert = { sql: 'insert into notes values (?)', args: ['kalan'] }
    await client.execute(insert)
    const tx = await client.transaction('write')
    await tx.execute({ ...insert, args: ['geri alınan'] })
    await tx.rollback()
    await client.execute(insert)
    expect((await client.execute('select text from notes')).rows.map((r) => r.text)).toEqual(['kalan', 'kalan'])
  })
})
