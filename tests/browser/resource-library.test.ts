import { chromium, type Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startApp, testSecret } from '@tests/support/app-server'
import { adminCredentials } from '@tests/support/browser-setup'
import { tempDir } from '@tests/support/import'
import { sendRaw } from '@tests/support/raw-http'
import { richText, siteApi } from '@tests/support/site-api'

/**
 * The resource library in pages of 40, filtered by kind and area on the server, on a site of its
 * own (no sample content): 45 videos cited in one area and 45 web pages in another, 90 in all.
 */
const dir = tempDir('rota-library-site-')
let app: Awaited<ReturnType<typeof startApp>>
let browser: Browser

beforeAll(async () => {
  app = await startApp({
    DATABASE_URI: `file:${dir}/site.db`,
    PAYLOAD_SECRET: testSecret,
    LOAD_SAMPLE_CONTENT: 'false',
    ADMIN_EMAIL: adminCredentials.email,
    ADMIN_PASSWORD: adminCredentials.password,
  })
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
  const { call, login } = siteApi(app.baseUrl)
  const token = await login(adminCredentials)
  const publish = async (collection: string, data: object) =>
    (await call(collection, { method: 'POST', token, body: JSON.stringify({ ...data, _status: 'published' }) })).json
      .doc as { id: string }
  for (const [n, area, kind, host] of [
    [1, 'Yönetişim', 'video', 'https://www.youtube.com/watch?v='],
    [2, 'Kaynak Geliştirme', 'webpage', 'https://example.org/rehber/'],
  ] as const) {
    const a = await publish('areas', { title: area, order: n })
    const question = await publish('questions', { number: n, text: `${area} sorusu`, area: a.id })
    const choice = await publish('choices', { question: question.id, number: 1, label: 'Evet.' })
    const resources = []
    for (let i = 1; i <= 45; i++) {
      const title = `${kind === 'video' ? 'Video' : 'Rehber'} ${String(i).padStart(2, '0')}`
      resources.push((await publish('resources', { url: `${host}${n}-${i}`, title, kind })).id)
    }
    await publish('advice', { choice: choice.id, body: richText(`${area} için öneriler.`), resources })
  }
}, 10 * 60_000)

afterAll(async () => {
  await browser?.close()
  app?.stop()
})

const titles = async (path: string) => {
  const page = await browser.newPage({ baseURL: app.baseUrl, javaScriptEnabled: false })
  const response = await page.goto(path)
  return {
    page,
    status: response?.status(),
    titles: await page.locator('#resource-library .library__title').allInnerTexts(),
  }
}

describe('the resource library', () => {
  it('shows 40 resources a page in Turkish order, with links to the other pages', async () => {
    const first = await titles('/tr/resources')
    expect(first.titles).toHaveLength(40)
    expect(first.titles.slice(0, 2)).toEqual(['Rehber 01', 'Rehber 02'])
    expect(await first.page.locator('.library-count').innerText()).toContain('90 kaynaktan 1–40 arası')
    await first.page.getByRole('link', { name: 'Sayfa 3' }).click()
    await first.page.waitForURL('**/tr/resources?page=3')
    expect(await first.page.locator('#resource-library > li').count()).toBe(10)
    expect(await first.page.getByRole('link', { name: 'Sonraki sayfa' }).count()).toBe(0)
  })

  it('filters by kind and area with a plain form, without JavaScript', async () => {
    const { page } = await titles('/tr/resources?page=2')
    await page.getByLabel('Tür').selectOption('video')
    await page.getByRole('button', { name: 'Göster' }).click()
    await page.waitForURL('**/tr/resources?kind=video&area=')
    const videos = await page.locator('#resource-library .resource-list__meta').allInnerTexts()
    expect(videos).toHaveLength(40)
    expect(videos.every((meta) => meta.startsWith('Video'))).toBe(true)
    await page.getByLabel('Tür').selectOption('')
    await page.getByLabel('Alan').selectOption({ label: 'Kaynak Geliştirme (45)' })
    await page.getByRole('button', { name: 'Göster' }).click()
    await page.waitForURL('**/tr/resources?kind=&area=kaynak-gelistirme')
    expect(await page.locator('.library-count').innerText()).toContain('45 kaynaktan 1–40 arası')
    // The next page keeps the filter.
    await page.getByRole('link', { name: 'Sonraki sayfa' }).click()
    await page.waitForURL('**/tr/resources?area=kaynak-gelistirme&page=2')
    expect(await page.locator('#resource-library > li').count()).toBe(5)
  })

  it('answers a page past the last with 404, and what it cannot read with the first page', async () => {
    expect((await sendRaw(app.baseUrl, '/tr/resources?page=4')).status).toBe(404)
    expect((await sendRaw(app.baseUrl, '/tr/resources?kind=video&page=2')).status).toBe(200)
    expect((await sendRaw(app.baseUrl, '/tr/resources?kind=video&page=3')).status).toBe(404)
    for (const query of ['page=abc', 'page=-1', 'page=99999999999999', 'kind=podcast', 'area=yok', 'page=2&page=9']) {
      const answer = await sendRaw(app.baseUrl, `/tr/resources?${query}`)
      expect(answer.status, query).toBe(200)
    }
    expect((await titles('/tr/resources?kind=podcast&page=x')).titles).toHaveLength(40)
  })

  it('is found by search and listed in the sitemap on the page that shows it', async () => {
    const search = await titles('/tr/search?q=video%2045')
    const href = await search.page.locator('.search-results a', { hasText: 'Video 45' }).getAttribute('href')
    expect(href).toMatch(/^\/tr\/resources\?page=3#resource-/)
    const onPage = await titles(href ?? '')
    expect(onPage.titles).toContain('Video 45')
    const sitemap = (await sendRaw(app.baseUrl, '/sitemap.xml')).body
    for (const page of ['/tr/resources', '/tr/resources?page=2', '/en/resources?page=3'])
      expect(sitemap).toContain(`${page}</loc>`)
  })
})
