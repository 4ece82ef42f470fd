import { execFile, spawn } from 'node:child_process'
import path from 'node:path'

import { createClient, type Client } from '@libsql/client'
import { afterAll, describe, expect, it } from 'vitest'

import type { ImportReport } from '@content-import/report'
import { testSecret } from '@tests/support/app-server'
import { tempDir, writeContentFile } from '@tests/support/import'

/**
 * An import killed with SIGKILL in the middle (a power cut, the OOM killer) leaves the
 * database sound, and the next run completes the job and says what it did. (A document whose
 * create was cut between its row and its first version keeps no version until it is next
 * saved: content-import/state.ts reads it from the main table so it is not created twice.)
 */
const root = path.resolve(import.meta.dirname, '../../..')
const files = 60
const dir = tempDir('rota-killed-')
const content = path.join(dir, 'content')
const databaseFile = path.join(dir, 'killed.db')
const env = { ...process.env, DATABASE_URI: `file:${databaseFile}`, PAYLOAD_SECRET: testSecret, SERVER_URL: '' }
Reflect.deleteProperty(env, 'npm_config_loglevel')
let db: Client | undefined

afterAll(() => db?.close())

for (let i = 0; i < files; i++) {
  const question = 200 + Math.floor(i / 3)
  const choice = (i % 3) + 1
  writeContentFile(
    content,
    `soru-${question}-secenek-${choice}.md`,
    { title: `Seçenek ${choice}`, question_id: question, choice_id: choice },
    Array.from(
      { length: 20 },
      (_, p) => `Paragraf ${p}: örgütünüz için **öneri** ve [rehber](https://www.stgm.org.tr/r${i}-${p}).`,
    ).join('\n\n'),
  )
}

const count = async (sql: string) => Number((await db!.execute(sql)).rows[0].n)

// It watches the SQLite file fill up to kill the import at the right moment, and reads the file
// after: on MongoDB it does not run (not yet written for a server's database).
describe.skipIf(process.env.TEST_DATABASE === 'mongodb')('an import killed in the middle', () => {
  it('leaves every written document whole, and the next run completes and reports it', async () => {
    const run = spawn('npm', ['run', '-s', 'import', '--', content], {
      cwd: root,
      env,
      detached: true,
      stdio: 'ignore',
    })
    db = createClient({ url: `file:${databaseFile}` })
    // Killed once some advice is written and before all of it is.
    const deadline = Date.now() + 90_000
    let written = 0
    while (Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50))
      try {
        written = await count('SELECT count(*) AS n FROM advice')
      } catch {
        continue // the tables are not there yet
      }
      if (written >= 3) break
    }
    process.kill(-run.pid!, 'SIGKILL')
    await new Promise((r) => run.once('exit', r))
    expect(written).toBeGreaterThanOrEqual(3)

    const integrity = (await db.execute('PRAGMA integrity_check')).rows[0][0]
    expect(integrity).toBe('ok')
    expect((await db.execute('PRAGMA foreign_key_check')).rows).toEqual([])
    const advice = await count('SELECT count(*) AS n FROM advice')
    expect(advice, 'the run was killed before it finished').toBeLessThan(files)
    // Whole documents only: each advice has its text and its first version, each choice its question.
    expect(
      await count(
        `SELECT count(*) AS n FROM advice a WHERE NOT EXISTS (SELECT 1 FROM advice_locales l WHERE l._parent_id = a.id AND l.body IS NOT NULL)`,
      ),
    ).toBe(0)
    expect(
      await count(
        `SELECT count(*) AS n FROM advice a WHERE NOT EXISTS (SELECT 1 FROM _advice_v v WHERE v.parent_id = a.id)`,
      ),
    ).toBe(0)
    expect(await count(`SELECT count(*) AS n FROM choices WHERE question_id IS NULL`)).toBe(0)

    const report = await new Promise<{ code: number; json: ImportReport }>((resolve) =>
      execFile(
        'npm',
        ['run', '-s', 'import', '--', content, '--json'],
        { cwd: root, env, timeout: 120_000 },
        (error, stdout) =>
          resolve({
            code: error ? Number((error as { code?: number }).code ?? 1) : 0,
            json: JSON.parse(stdout || '{}'),
          }),
      ),
    )
    expect(report.json.errors, JSON.stringify(report.json.conflicts ?? report.json).slice(0, 1500)).toEqual([])
    expect(report.code).toBe(0)
    expect(report.json.errors).toEqual([])
    expect(report.json.imported).toBe(files)
    // What the killed run wrote is recognised, the rest is created.
    expect(report.json.unchanged).toBeGreaterThan(0)
    expect(report.json.created.advice + report.json.unchanged).toBe(files)
    expect(await count('SELECT count(*) AS n FROM advice')).toBe(files)
  })
})
