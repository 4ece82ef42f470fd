import { describe, expect, it } from 'vitest'

import { CopyRefused, type ContentCounts } from '@/cli/database-copy-messages'
import { databaseName, dumpArguments, restoreArguments } from '@/cli/mongodb/arguments'
import { restoreMongo } from '@/cli/mongodb/restore'

/**
 * `npm run backup` and `npm run restore` on MongoDB (no server runs here: the tools' command
 * lines, and the refusal to write over content, against a stand-in for the database).
 */
const named = 'mongodb://mongo:27017/rota?replicaSet=rs0'
const unnamed = 'mongodb://mongo:27017/?replicaSet=rs0'

describe('the command lines', () => {
  it('read the database from the URI', () => {
    expect(databaseName(named)).toBe('rota')
    expect(databaseName('mongodb+srv://user:p%40ss@cluster.example.org/rota_prod')).toBe('rota_prod')
    expect(databaseName('mongodb://a:27017,b:27017/rota?replicaSet=rs0')).toBe('rota')
    expect(databaseName(unnamed)).toBeNull()
    expect(databaseName('mongodb://mongo:27017')).toBeNull()
  })

  it('dump a named database without --oplog (mongodump refuses it for one database), a whole server with it', () => {
    expect(dumpArguments(named)).toEqual([`--uri=${named}`, '--archive', '--gzip'])
    expect(dumpArguments(unnamed)).toEqual([`--uri=${unnamed}`, '--archive', '--gzip', '--oplog'])
  })

  it('restore into the named database whatever the archive’s was named, and replace its collections only with --force', () => {
    expect(restoreArguments(named, '/backups/a.gz', false)).toEqual([
      `--uri=${named}`,
      '--archive=/backups/a.gz',
      '--gzip',
      '--nsFrom=$db$.$coll$',
      '--nsTo=rota.$coll$',
    ])
    expect(restoreArguments(named, '/backups/a.gz', true)).toContain('--drop')
    expect(restoreArguments(unnamed, '/backups/a.gz', false)).toContain('--oplogReplay')
  })
})

const empty: ContentCounts = { areas: 0, questions: 0, choices: 0, advice: 0, resources: 0, users: 0 }
const full: ContentCounts = { areas: 4, questions: 30, choices: 90, advice: 90, resources: 12, users: 3 }

/** A database that holds `before` until mongorestore runs, then `after`; and what ran. */
function fakeDatabase(before: ContentCounts, after: ContentCounts) {
  const ran: string[][] = []
  return {
    ran,
    deps: {
      counts: async () => (ran.length ? after : before),
      run: (tool: string, args: string[]) => void ran.push([tool, ...args]),
    },
  }
}

describe('a restore into MongoDB', () => {
  it('into an empty database: runs mongorestore without --drop and says what is there now', async () => {
    const db = fakeDatabase(empty, full)
    expect(await restoreMongo(named, '/backups/a.gz', false, db.deps)).toContain('30 soru')
    expect(db.ran).toHaveLength(1)
    expect(db.ran[0]).not.toContain('--drop')
  })

  it('into a database with content: refused, naming it and what it holds, and nothing runs', async () => {
    const db = fakeDatabase(full, full)
    const refusal = restoreMongo(named, '/backups/a.gz', false, db.deps)
    await expect(refusal).rejects.toBeInstanceOf(CopyRefused)
    await expect(refusal).rejects.toThrow(/MongoDB veritabanı rota boş değil \(30 soru.*--force/s)
    expect(db.ran).toEqual([])
  })

  it('with --force: replaces it (mongorestore --drop)', async () => {
    const db = fakeDatabase(full, full)
    await restoreMongo(named, '/backups/a.gz', true, db.deps)
    expect(db.ran[0]).toContain('--drop')
  })

  it('an archive that left the database empty (an empty one, or not this application’s) is reported, not called done', async () => {
    const db = fakeDatabase(empty, empty)
    await expect(restoreMongo(named, '/backups/other.gz', false, db.deps)).rejects.toThrow(/hâlâ boş/)
  })
})
