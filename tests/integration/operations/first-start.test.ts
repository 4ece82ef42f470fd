import { execFile } from 'node:child_process'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { describe, expect, it } from 'vitest'

import { tempDir } from '@tests/support/import'

/**
 * Three instances started at the same moment on one empty database (issue 28): the migrations
 * and the first-run preparation take turns (src/cms/instances/start-up-lock.ts), so the sample content
 * loads once and one first administrator is made, and all three start. Three processes, as
 * `docker compose up --scale app=3` starts them, each running `npm start`'s database step.
 */
const root = path.resolve(import.meta.dirname, '../../..')

const prepare = (env: NodeJS.ProcessEnv) =>
  new Promise<{ code: number; output: string }>((resolve) => {
    execFile(
      'npx',
      ['tsx', '--conditions=production', 'tests/support/prepare-database-run.ts'],
      { cwd: root, env, timeout: 240_000 },
      (error, stdout, stderr) =>
        resolve({ code: typeof error?.code === 'number' ? error.code : error ? 1 : 0, output: stdout + stderr }),
    )
  })

describe('three instances started at once on an empty database', () => {
  it('apply the migrations once, load the sample content once and make one administrator; all three start', async () => {
    const file = path.join(tempDir('rota-first-start-'), 'cms.db')
    const env = {
      ...process.env,
      DATABASE_URI: `file:${file}`,
      PAYLOAD_SECRET: 'a'.repeat(8) + 'f00dfeedbeef0123456789abcdef0123456789',
      LOAD_SAMPLE_CONTENT: 'true',
      ADMIN_EMAIL: 'ilk-yonetici@example.org',
      ADMIN_PASSWORD: 'ilk-yonetici-parolasi-123',
    }
    const runs = await Promise.all([prepare(env), prepare(env), prepare(env)])
    for (const run of runs) expect(run.code, run.output).toBe(0)
    const said = runs.map((run) => run.output)
    expect(
      said.filter((o) => o.includes('sample content loaded')),
      said.join('\n---\n'),
    ).toHaveLength(1)
    expect(said.filter((o) => o.includes('created the first administrator'))).toHaveLength(1)

    const db = createClient({ url: `file:${file}` })
    try {
      const count = async (sql: string) => Number((await db.execute(sql)).rows[0].n)
      expect(await count('SELECT count(*) AS n FROM users')).toBe(1)
      // Each migration applied once (Payload writes a row per migration it ran).
      expect(await count("SELECT count(*) AS n FROM payload_migrations WHERE name != 'dev'")).toBe(
        await count("SELECT count(DISTINCT name) AS n FROM payload_migrations WHERE name != 'dev'"),
      )
      expect(await count('SELECT count(*) AS n FROM questions')).toBeGreaterThan(0)
      expect(await count('SELECT count(*) AS n FROM questions')).toBe(
        await count('SELECT count(DISTINCT number) AS n FROM questions'),
      )
      // The lock is given back: a later start is not kept waiting.
      expect(await count('SELECT count(*) AS n FROM rota_start_up_locks')).toBe(0)
    } finally {
      db.close()
    }
  }, 300_000)
})
