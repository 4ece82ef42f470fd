import { execFile } from 'node:child_process'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import { chromium, type Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startApp, testSecret } from '@tests/support/app-server'
import { adminCredentials } from '@tests/support/browser-setup'
import { tempDir } from '@tests/support/import'
import { richText } from '@tests/support/site-api'

/**
 * `npm run check-links` against a running site of its own (no sample content, so nothing
 * reaches the internet) whose resources point at a local server: what editors see in the
 * admin and what readers see on the pages afterwards.
 */
const dir = tempDir('rota-link-site-')
const databaseUri = `file:${path.join(dir, 'site.db')}`
let app: Awaited<ReturnType<typeof startApp>>
let links: Server
let linkBase: string
let browser: Browser

const api = async (method: string, route: string, token: string, body?: object) => {
  const response = await fetch(`${app.baseUrl}/api/${route}`, {
    method,
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
    body: body && JSON.stringify(body),
  })
  return (await response.json()) as { doc: { id: string }; token: string }
}

beforeAll(async () => {
  links = createServer((req, res) => res.writeHead(req.url === '/rehber' ? 200 : 404).end())
  await new Promise<void>((resolve) => links.listen(0, '127.0.0.1', resolve))
  linkBase = `http://127.0.0.1:${(links.address() as AddressInfo).port}`
  app = await startApp({
    DATABASE_URI: databaseUri,
    PAYLOAD_SECRET: testSecret,
    LOAD_SAMPLE_CONTENT: 'false',
    ADMIN_EMAIL: adminCredentials.email,
    ADMIN_PASSWORD: adminCredentials.password,
  })
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
  const { token } = await api('POST', 'users/login', '', adminCredentials)
  const question = await api('POST', 'questions', token, {
    number: 1,
    text: 'Kaynaklarınız güncel mi?',
    _status: 'published',
  })
  const choice = await api('POST', 'choices', token, {
    question: question.doc.id,
    number: 1,
    label: 'Evet.',
    _status: 'published',
  })
  const working = await api('POST', 'resources', token, {
    url: `${linkBase}/rehber`,
    title: 'Çalışan rehber',
    _status: 'published',
  })
  const gone = await api('POST', 'resources', token, {
    url: `${linkBase}/kaldirildi`,
    title: 'Kaldırılmış kurs',
    _status: 'published',
  })
  await api('POST', 'advice', token, {
    choice: choice.doc.id,
    body: richText('Kaynaklarınızı yılda bir gözden geçirin.'),
    resources: [working.doc.id, gone.doc.id],
    _status: 'published',
  })
}, 10 * 60_000)

afterAll(async () => {
  await browser?.close()
  app?.stop()
  links?.close()
})

describe('after npm run check-links', () => {
  it('readers see the broken link marked on the advice and in the library, within 2 seconds', async () => {
    // Readers have the pages in the cache before the check.
    for (const page of ['/tr/questions/1/1', '/tr/resources']) await fetch(app.baseUrl + page)
    const output = await new Promise<string>((resolve, reject) =>
      execFile(
        'npm',
        ['run', 'check-links'],
        {
          env: { ...process.env, DATABASE_URI: databaseUri, PAYLOAD_SECRET: testSecret, LINK_CHECK_ALLOW_PRIVATE: '1' },
        },
        (error, stdout) => (error ? reject(error) : resolve(stdout)),
      ),
    )
    expect(output).toContain('2 bağlantı denetlendi: 1 çalışıyor, 0 yönlendiriyor, 1 kırık, 0 ulaşılamadı.')
    const started = Date.now()
    let html = ''
    while (Date.now() - started < 5000 && !html.includes('link-failed')) {
      html = await (await fetch(`${app.baseUrl}/tr/questions/1/1`)).text()
    }
    expect(Date.now() - started).toBeLessThanOrEqual(2000)
    const page = await browser.newPage({ baseURL: app.baseUrl, locale: 'tr-TR' })
    for (const path of ['/tr/questions/1/1', '/tr/resources']) {
      await page.goto(path)
      const marks = await page.locator('.link-failed').allInnerTexts()
      expect(marks, path).toHaveLength(1)
      expect(marks[0]).toMatch(/^Bu bağlantı \d{1,2} \S+ \d{4} tarihli denetimde açılmadı/)
      // The mark sits with the broken resource, not the working one.
      expect(
        await page.locator('li, .library__item').filter({ hasText: 'Kaldırılmış kurs' }).last().innerText(),
      ).toContain('açılmadı')
      expect(
        await page.locator('li, .library__item').filter({ hasText: 'Çalışan rehber' }).last().innerText(),
      ).not.toContain('açılmadı')
    }
    await page.goto('/tr/questions/1/1')
    await page.screenshot({ path: path.join(dir, 'broken-link-advice.png'), fullPage: true })
    await page.close()
  })

  it('editors see the count on the dashboard, filter the broken links, and read the status on the resource', async () => {
    const page = await browser.newPage({ baseURL: app.baseUrl, locale: 'tr-TR' })
    await page.goto('/admin/login')
    await page.fill('#field-email', adminCredentials.email)
    await page.fill('#field-password', adminCredentials.password)
    await page.click('button[type="submit"]')
    await page.waitForURL(/\/admin$/)
    const notice = page.locator('.rota-broken-links--some')
    expect(await notice.innerText()).toContain('1 kaynağın bağlantısı son denetimde çalışmadı.')
    await notice.getByRole('link', { name: 'Kırık bağlantılar' }).click()
    await page.waitForURL(/collections\/resources\?/)
    const rows = page.locator('table tbody tr')
    await rows.first().waitFor()
    expect(await rows.count()).toBe(1)
    expect(await rows.first().innerText()).toContain('Kaldırılmış kurs')
    expect(await rows.first().locator('.rota-link-status--failing').innerText()).toBe('Kırık (HTTP 404)')
    // The way back to every resource, instead of the count again.
    expect(await page.locator('.rota-broken-links').innerText()).toBe('Tüm kaynaklar')
    await page.screenshot({ path: path.join(dir, 'broken-links-list.png'), fullPage: true })
    await rows.first().locator('a').first().click()
    const field = page.locator('.rota-link-status-field')
    await field.waitFor()
    expect(await field.innerText()).toContain('Kırık (HTTP 404)')
    expect(await field.innerText()).toMatch(/Son denetim: \d{1,2} \S+ \d{4}/)
    await page.screenshot({ path: path.join(dir, 'broken-link-resource.png'), fullPage: true })
    await page.close()
  })
})
