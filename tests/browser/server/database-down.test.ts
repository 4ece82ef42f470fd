import { closeSync, openSync, statSync, writeSync } from 'node:fs'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { chromium, type Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startApp, testSecret } from '@tests/support/app-server'
import { adminCredentials } from '@tests/support/browser-setup'
import { tempDir } from '@tests/support/import'

/**
 * The database fails under a running app (`npm start`, sample content). The failure is real:
 * every page of the SQLite file but the first is overwritten, as a failing disk would, and a
 * write by another connection makes the app read them again instead of from its cache.
 */
const dir = tempDir('rota-database-down-')
const file = path.join(dir, 'site.db')
let app: Awaited<ReturnType<typeof startApp>>
let browser: Browser
let token: string
let adviceId: string
let cachedQuestion: string

async function breakDatabase(): Promise<void> {
  const other = createClient({ url: `file:${file}` })
  // Everything written so far goes into the file first (a fresh database holds it in its WAL).
  await other.execute('PRAGMA wal_checkpoint(TRUNCATE)')
  const pageSize = 4096
  const zeros = Buffer.alloc(pageSize)
  const handle = openSync(file, 'r+')
  for (let offset = pageSize; offset < statSync(file).size; offset += pageSize)
    writeSync(handle, zeros, 0, pageSize, offset)
  closeSync(handle)
  await other.execute('PRAGMA user_version = 7')
  other.close()
}

beforeAll(async () => {
  app = await startApp({
    DATABASE_URI: `file:${file}`,
    PAYLOAD_SECRET: testSecret,
    ADMIN_EMAIL: adminCredentials.email,
    ADMIN_PASSWORD: adminCredentials.password,
  })
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
  const login = await fetch(`${app.baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(adminCredentials),
  })
  token = ((await login.json()) as { token: string }).token
  const advice = await fetch(`${app.baseUrl}/api/advice?limit=1&depth=0`, {
    headers: { Authorization: `JWT ${token}` },
  })
  adviceId = ((await advice.json()) as { docs: { id: string }[] }).docs[0].id
  // Readers have seen this page: it is rendered and kept.
  cachedQuestion = await (await fetch(`${app.baseUrl}/tr/questions/16`)).text()
  expect(cachedQuestion).toContain('<h1')
  await breakDatabase()
}, 600_000)

afterAll(async () => {
  await browser?.close()
  app?.stop()
})

describe('when the database fails', () => {
  it('the health check answers 503 with the reason', async () => {
    const response = await fetch(`${app.baseUrl}/api/health`)
    expect(response.status).toBe(503)
    expect(await response.json()).toMatchObject({ status: 'error', database: 'unreachable' })
  })

  it('readers still get the pages already rendered; a page not rendered yet says in Turkish that it cannot be shown', async () => {
    const again = await fetch(`${app.baseUrl}/tr/questions/16`)
    expect(again.status).toBe(200)
    expect(await again.text()).toBe(cachedQuestion)
    const page = await browser.newPage({ baseURL: app.baseUrl })
    const response = await page.goto('/tr/questions/2')
    expect(response?.status()).toBe(500)
    await page.getByRole('heading', { name: 'Sayfa şu anda gösterilemiyor' }).waitFor()
    expect(await page.locator('html').getAttribute('lang')).toBe('tr-TR')
  })

  it('an editor’s save is answered 503 with the reason in Turkish, not “you are not allowed”', async () => {
    const response = await fetch(`${app.baseUrl}/api/advice/${adviceId}?draft=true`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
      body: JSON.stringify({ _status: 'draft' }),
    })
    expect(response.status).toBe(503)
    expect(response.headers.get('retry-after')).toBe('60')
    const { errors } = (await response.json()) as { errors: { message: string }[] }
    expect(errors[0].message).toMatch(/^Veritabanına şu anda ulaşılamıyor\. .*kaydedilmedi/)
  })

  it('the admin says in Turkish that the database cannot be reached', async () => {
    const page = await browser.newPage({ baseURL: app.baseUrl })
    await page.goto('/admin/collections/advice')
    await page.getByRole('heading', { name: 'Veritabanına ulaşılamıyor' }).waitFor()
    expect(await page.locator('main').innerText()).toContain('sistem yöneticinize haber verin')
    expect(await page.locator('body').innerText()).not.toMatch(/couldn.t load|server error/i)
  })
})
