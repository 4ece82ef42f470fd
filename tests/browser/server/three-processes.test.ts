import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createClient, type Client } from '@libsql/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startApp, testSecret } from '@tests/support/app-server'
import { adminCredentials } from '@tests/support/browser-setup'
import { sendRaw } from '@tests/support/raw-http'
import { siteApi } from '@tests/support/site-api'

/**
 * Issue 28, with real instances: three app processes (`npm start`, as `docker compose up
 * --scale app=3` starts them) on one SQLite database, started at the same moment on an empty
 * one. What only one of them may do is decided by the database, so: one sample load and one
 * administrator; 30 team members answering through alternating instances all kept; 50
 * schedules falling due with three runners each carried out once; 20 publishes by two editors
 * through two instances at once without a server error, and every page refreshed everywhere.
 * Requests come from 127.0.0.11x, addresses no other file uses (per-address limits).
 */
type App = Awaited<ReturnType<typeof startApp>>
let apps: App[] = []
let db: Client
let dir: string

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'rota-instances-'))
  const env = {
    DATABASE_URI: `file:${path.join(dir, 'site.db')}`,
    PAYLOAD_SECRET: testSecret,
    ADMIN_EMAIL: adminCredentials.email,
    ADMIN_PASSWORD: adminCredentials.password,
  }
  const started = await Promise.allSettled([0, 1, 2].map(() => startApp(env)))
  apps = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []))
  const failed = started.find((s) => s.status === 'rejected')
  if (failed) throw (failed as PromiseRejectedResult).reason
  db = createClient({ url: env.DATABASE_URI })
}, 5 * 60_000)
afterAll(() => {
  db?.close()
  for (const app of apps) app.stop()
  rmSync(dir, { recursive: true, force: true })
})

const count = async (query: string, ...args: string[]) => Number((await db.execute({ sql: query, args })).rows[0].n)

const page = async (url: string) => {
  const response = await fetch(url)
  return { status: response.status, text: await response.text() }
}

describe('three app processes started at once on one empty database', () => {
  it('load the sample content once and make one administrator; all three serve', async () => {
    expect(apps).toHaveLength(3)
    for (const app of apps) expect((await page(`${app.baseUrl}/tr`)).status).toBe(200)
    expect(await count('SELECT count(*) AS n FROM users')).toBe(1)
    expect(await count('SELECT count(*) AS n FROM questions')).toBeGreaterThan(0)
    expect(await count('SELECT count(*) AS n FROM questions')).toBe(
      await count('SELECT count(DISTINCT number) AS n FROM questions'),
    )
    expect(await count("SELECT count(*) AS n FROM payload_migrations WHERE name != 'dev'")).toBe(
      await count("SELECT count(DISTINCT name) AS n FROM payload_migrations WHERE name != 'dev'"),
    )
  })
})

const post = (base: string, target: string, fields: Record<string, string>, from: string) =>
  sendRaw(base, target, {
    method: 'POST',
    from,
    body: new URLSearchParams(fields).toString(),
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
  })

describe('a team answering through alternating instances', () => {
  it('30 members answering at the same moment: 30 answers kept, the same on every instance', async () => {
    const created = await post(apps[0].baseUrl, '/tr/assessment/team', { name: 'Üç Sunuculu Dernek' }, '127.0.0.110')
    expect(created.status).toBe(303)
    const results = String(created.headers.location)
    const [, id, key] = /^\/tr\/assessment\/team\/([A-Za-z0-9_-]{22})\/results\?key=([A-Za-z0-9_-]+)$/.exec(results)!
    const question = (await db.execute('SELECT number FROM questions ORDER BY number LIMIT 1')).rows[0].number
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        post(
          apps[i % 3].baseUrl,
          `/tr/assessment/team/${id}`,
          { role: 'staff', name: `Üye ${i}`, [`q${question}`]: String((i % 2) + 1) },
          '127.0.0.111',
        ),
      ),
    )
    expect(answers.map((a) => a.status)).toEqual(Array(30).fill(303))
    for (const app of apps) {
      const csv = await page(`${app.baseUrl}/tr/assessment/team/${id}/results.csv?key=${key}`)
      expect(csv.status).toBe(200)
      // A header and one line per member.
      expect(csv.text.trim().split('\r\n')).toHaveLength(31)
      expect((await page(app.baseUrl + results)).text).toContain('30')
    }
  })
})

describe('50 schedules falling due together with three runners', () => {
  it('each is carried out exactly once, with one activity entry', async () => {
    const api = siteApi(apps[0].baseUrl)
    const token = await api.editorToken('instances-scheduler@example.org')
    // Due in 12 s: all 50 are written by then, and the three runners (every 15 s each) find them together.
    const at = new Date(Date.now() + 12_000).toISOString()
    const ids = await Promise.all(
      Array.from({ length: 50 }, async (_, i) => {
        const { status, json } = await siteApi(apps[i % 3].baseUrl).call('questions?draft=true&locale=tr', {
          method: 'POST',
          token,
          body: JSON.stringify({ number: 900 + i, text: `Üç sunucuda zamanlanan soru ${i}`, publishAt: at }),
        })
        expect(status).toBe(201)
        return String(json.doc.id)
      }),
    )
    const done = () =>
      count(
        `SELECT count(*) AS n FROM schedules WHERE state = 'done' AND document IN (${ids.map(() => '?').join()})`,
        ...ids,
      )
    await expect.poll(done, { timeout: 75_000, interval: 1000 }).toBe(50)
    const entries = await db.execute({
      sql: `SELECT document, count(*) AS n FROM activity_log WHERE action = 'scheduled_publish' AND document IN (${ids.map(() => '?').join()}) GROUP BY document`,
      args: ids,
    })
    expect(entries.rows.map((row) => Number(row.n))).toEqual(Array(50).fill(1))
    expect(await count("SELECT count(*) AS n FROM claims WHERE key LIKE 'schedule:%'")).toBe(0)
    for (let i = 0; i < 50; i += 7)
      expect((await page(`${apps[i % 3].baseUrl}/tr/questions/${900 + i}`)).status).toBe(200)
  }, 120_000)
})

describe('20 publishes by two editors through two instances at the same moment', () => {
  it('no server error, and every page refreshed on every instance', async () => {
    const editors = [
      { app: apps[0], token: await siteApi(apps[0].baseUrl).editorToken('instances-editor-a@example.org') },
      { app: apps[1], token: await siteApi(apps[1].baseUrl).editorToken('instances-editor-b@example.org') },
    ]
    const numbers = Array.from({ length: 20 }, (_, i) => 960 + i)
    const ids: string[] = []
    for (const number of numbers) {
      const { json } = await siteApi(apps[2].baseUrl).call('questions', {
        method: 'POST',
        token: editors[0].token,
        body: JSON.stringify({ number, text: `Soru ${number}, ilk sürüm`, _status: 'published' }),
      })
      ids.push(String(json.doc.id))
    }
    const urls = apps.flatMap((app) => numbers.map((number) => `${app.baseUrl}/tr/questions/${number}`))
    // Every instance has rendered and keeps every page in its first text.
    for (const url of urls) await expect.poll(async () => (await page(url)).text).toContain('ilk sürüm')

    const statuses = await Promise.all(
      ids.map(async (id, i) => {
        const { app, token } = editors[i % 2]
        const response = await siteApi(app.baseUrl).call(`questions/${id}`, {
          method: 'PATCH',
          token,
          body: JSON.stringify({ text: `Soru ${numbers[i]}, ikinci sürüm`, _status: 'published' }),
        })
        return response.status
      }),
    )
    expect(statuses).toEqual(Array(20).fill(200))
    // Each instance refreshes its copies when it sees the content stamp move (src/cli/content-watch.ts);
    // how fast is measured by tests/browser/server/instances.test.ts and bench:proxy, not here: the
    // bound is generous (CI once saw an instance still render the first text after 15 s, under load).
    for (const url of urls)
      await expect
        .poll(async () => (await page(url)).text, { timeout: 30_000, interval: 100 })
        .toContain('ikinci sürüm')
  }, 120_000)
})
