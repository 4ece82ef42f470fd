import { randomUUID } from 'node:crypto'
import path from 'node:path'

import { MongoClient } from 'mongodb'
import { afterAll } from 'vitest'

import { tempDir } from '@tests/support/import'

const mongoDatabases: string[] = []

afterAll(async () => {
  for (const uri of mongoDatabases.splice(0)) {
    const client = new MongoClient(uri, { serverSelectionTimeoutMS: 10_000 })
    try {
      await client.db().dropDatabase()
    } finally {
      await client.close()
    }
  }
})

/**
 * A database of its own for a test that runs a command-line tool (`npm run import`, `export`,
 * `check-links`, `start`): a new SQLite file, or, in the MongoDB project (TEST_DATABASE=mongodb,
 * MONGODB_URI set), a new database on that server, dropped after the file's tests.
 */
export function cliDatabaseUri(name: string): string {
  if (process.env.TEST_DATABASE !== 'mongodb') return `file:${path.join(tempDir('rota-cli-'), `${name}.db`)}`
  if (!process.env.MONGODB_URI) throw new Error('TEST_DATABASE=mongodb needs MONGODB_URI')
  const url = new URL(process.env.MONGODB_URI)
  url.pathname = `/rota_cli_${name.replace(/\W/g, '_')}_${randomUUID().slice(0, 8)}`
  mongoDatabases.push(url.toString())
  return url.toString()
}
