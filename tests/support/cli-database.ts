import { execFile } from 'node:child_process'
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

export type CliResult = { code: number; stdout: string; stderr: string }

/**
 * `npm run import|export -- …` on a database of its own (`cliDatabaseUri(name)`), as an editor
 * types it: no `-s`, so npm's banner must not reach stdout.
 */
export function npmRunner(name: string, secret: string, timeout = 120_000) {
  const root = path.resolve(import.meta.dirname, '../..')
  const env = { ...process.env, DATABASE_URI: cliDatabaseUri(name), PAYLOAD_SECRET: secret, SERVER_URL: '' }
  // Not inherited from a surrounding `npm test`: the project's .npmrc decides how loud npm is.
  Reflect.deleteProperty(env, 'npm_config_loglevel')
  const run = (script: 'import' | 'export', args: string[]): Promise<CliResult> =>
    new Promise((resolve) => {
      execFile('npm', ['run', script, '--', ...args], { cwd: root, env, timeout }, (error, stdout, stderr) => {
        resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr })
      })
    })
  return { run, env, root }
}
