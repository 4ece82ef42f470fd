import { get } from 'node:http'
import { gunzipSync } from 'node:zlib'

import { describe, expect, it } from 'vitest'

import { withoutNextScripts } from '@/cli/without-scripts'
import { useBrowser } from '@tests/support/browser'
import { sendRaw } from '@tests/support/raw-http'

/**
 * Reading pages go to readers without Next.js's JavaScript (src/cli/without-scripts.ts), which
 * on a phone was most of the wait; they must work as plain documents. So does the
 * self-assessment, with a small script of its own; previews keep the scripts they run on.
 */
const ctx = useBrowser()
const nextScript = /<script[^>]*src="\/_next\/|self\.__next_f|rel="preload" as="script"/

const readingPages = [
  '/tr',
  '/tr/questions/16',
  '/tr/questions/16/2',
  '/tr/resources',
  '/tr/search?q=kurul',
  '/en/about',
]

describe('reading pages', () => {
  it.each(readingPages)('%s is a whole page without Next.js scripts', async (path) => {
    const page = await sendRaw(ctx.baseUrl, path)
    expect(page.status).toBe(200)
    expect(page.body).not.toMatch(nextScript)
    expect(page.body).toMatch(/<h1[^>]*>(<bdi>)?[^<]+/)
    expect(page.body.trimEnd()).toMatch(/<\/html>$/)
  })

  it('is compressed for a reader that accepts gzip, and is the same page', async () => {
    const plain = await sendRaw(ctx.baseUrl, '/tr/questions/16/2')
    const zipped = await new Promise<{ encoding?: string; vary?: string; body: Buffer }>((resolve, reject) => {
      get(`${ctx.baseUrl}/tr/questions/16/2`, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () =>
          resolve({ encoding: res.headers['content-encoding'], vary: res.headers.vary, body: Buffer.concat(chunks) }),
        )
      }).on('error', reject)
    })
    expect(zipped.encoding).toBe('gzip')
    expect(zipped.vary).toMatch(/Accept-Encoding/i)
    expect(gunzipSync(zipped.body).toString('utf8')).toBe(plain.body)
  })

  it('in Chromium: no script is loaded, and links, the search form and the resource filter work', async () => {
    const page = await ctx.newPage()
    const scripts: string[] = []
    const fonts: string[] = []
    page.on('requestfinished', (request) => {
      if (request.resourceType() === 'font') fonts.push(new URL(request.url()).pathname)
    })
    const errors: string[] = []
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url())
    })
    page.on('pageerror', (error) => errors.push(error.message))
    await page.goto('/tr/questions/16/2')
    await page.waitForLoadState('networkidle')
    // A Turkish page needs the Latin file and the five Turkish letters, not Latin Extended.
    expect(fonts.map((font) => /source-sans-3-([a-z-]+)-wght/.exec(font)?.[1]).sort()).toEqual(['latin', 'turkish'])
    await page.getByRole('link', { name: 'Soru 16' }).click()
    await page.waitForURL('**/tr/questions/16')
    await page.getByRole('link', { name: 'Arama' }).first().click()
    await page.waitForURL('**/tr/search')
    await page.locator('main input[type="search"]').fill('kurul')
    await page.locator('main input[type="search"]').press('Enter')
    await page.waitForURL('**/tr/search?q=kurul')
    expect(await page.locator('.search-results a').count()).toBeGreaterThan(0)
    await page.goto('/tr/resources')
    await page.getByLabel('Tür').selectOption('video')
    await page.getByRole('button', { name: 'Göster' }).click()
    await page.waitForURL('**/tr/resources?kind=video*')
    const videos = await page.locator('#resource-library > li[data-kind="video"]').count()
    expect(videos).toBeGreaterThan(0)
    expect(await page.locator('#resource-library > li').count()).toBe(videos)
    expect(scripts).toEqual([])
    expect(errors).toEqual([])
  })

  it('the assessment leaves with its own script only; an editor’s preview keeps the scripts it runs on; a missing page too', async () => {
    for (const path of ['/tr/assessment', '/tr/assessment/area/2?q3=1', '/tr/assessment/report?q3=1&d=2026-11-20']) {
      const { body } = await sendRaw(ctx.baseUrl, path)
      expect(body, path).not.toMatch(nextScript)
      // Its own script (src/site/components/assessment/enhance.ts) keeps the answers.
      expect(body, path).toContain('rota-assessment')
    }
    const preview = await sendRaw(ctx.baseUrl, '/tr/questions/16/2', {
      headers: { cookie: '__prerender_bypass=anything' },
    })
    expect(preview.body).toMatch(nextScript)
    const missing = await sendRaw(ctx.baseUrl, '/tr/questions/999999')
    expect(missing.status).toBe(404)
    expect(missing.body).toMatch(nextScript)
  })

  it('tripwire: every script Next.js writes into a page is one of the shapes the server removes', async () => {
    // The pages that keep Next.js's scripts show all it writes; with the shapes of
    // src/cli/next-internals.ts removed, none may be left. A new kind of script (another id, a
    // module preload, a changed push) would reach readers of reading pages: this names it.
    for (const [path, headers] of [
      // The self-assessment's steps leave without them too (decision 009): previews of two other pages.
      ['/tr', { cookie: '__prerender_bypass=anything' }],
      ['/en/questions/16', { cookie: '__prerender_bypass=anything' }],
      ['/tr/questions/16/2', { cookie: '__prerender_bypass=anything' }],
      ['/tr/questions/999999', {}],
    ] as const) {
      const page = await sendRaw(ctx.baseUrl, path, { headers })
      expect(page.body, `${path} has no Next.js scripts to check`).toMatch(nextScript)
      const left = withoutNextScripts(page.body).match(
        /<script\b[^>]*>[\s\S]{0,80}|<link[^>]*(?:preload|modulepreload)[^>]*as="script"[^>]*>/g,
      )
      expect(
        left,
        `Next.js wrote a script on ${path} that no shape in nextScriptShapes (src/cli/next-internals.ts) matches; reading pages would send it to readers`,
      ).toBeNull()
    }
  })
})
