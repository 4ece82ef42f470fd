import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { startApp } from '@tests/support/app-server'
import { signInToAdmin, useBrowser } from '@tests/support/browser'
import { adminCredentials, browserTestSecret } from '@tests/support/browser-setup'
import { addArabic, copyProject } from '@tests/support/project-copy'
import { siteApi } from '@tests/support/site-api'

/**
 * The README's promise, tried as written: a copy of the project gets the one Arabic line in
 * src/shared/locales.ts and is started with `npm start` on a copy of a database made before the
 * line existed (the browser suite's own, with its content). The copy builds from scratch: this
 * file takes a few minutes.
 */
const arabicQuestion = 'كيف تستخدم منظمتك وسائل التواصل الاجتماعي؟'

const ctx = useBrowser()
let work: string
let project: string
let app: Awaited<ReturnType<typeof startApp>>
let databaseUri: string

beforeAll(async () => {
  work = mkdtempSync(path.join(os.tmpdir(), 'rota-new-language-'))
  project = path.join(work, 'project')
  copyProject(project)

  // The database as it was before the line: a consistent copy of the running suite's.
  const before = path.join(work, 'before.db')
  const source = createClient({ url: inject('databaseUri') })
  await source.execute({ sql: 'VACUUM INTO ?', args: [before] })
  source.close()
  databaseUri = `file:${before}`

  addArabic(project)

  app = await startApp({ DATABASE_URI: databaseUri, PAYLOAD_SECRET: browserTestSecret }, '/ar', 12 * 60_000, project)
}, 13 * 60_000)

afterAll(() => {
  app?.stop()
  if (work) rmSync(work, { recursive: true, force: true })
})

describe('adding a language is one line (Arabic, right to left)', () => {
  it('npm start regenerated the types the build checks', () => {
    expect(readFileSync(path.join(project, 'payload-types.ts'), 'utf8')).toContain("locale: 'tr' | 'en' | 'ar';")
  })

  it('serves /ar right to left, mirrored, with the Turkish fallback marked in its own language and direction', async () => {
    const page = await ctx.browser.newPage({ baseURL: app.baseUrl })
    await page.goto('/ar/questions/16/2')
    expect(await page.getAttribute('html', 'lang')).toBe('ar')
    expect(await page.getAttribute('html', 'dir')).toBe('rtl')
    // The advice exists in Turkish only: shown with its own lang and dir, and a note.
    const fallback = page.locator('[lang="tr-TR"][dir="ltr"]').first()
    expect(await fallback.count()).toBe(1)
    // Logical CSS: the note's bar is on the right in Arabic.
    const bar = await page
      .locator('.fallback-note')
      .first()
      .evaluate((el) => [getComputedStyle(el).borderRightWidth, getComputedStyle(el).borderLeftWidth])
    expect(bar).toEqual(['4px', '0px'])
    expect(await page.getByRole('link', { name: 'العربية' }).count()).toBe(1)
    // The site's English texts stand in for Arabic ones, but do not claim the page is English.
    expect(await page.locator('.fallback-note').first().innerText()).toContain('into this language')
    await page.context().close()
  })

  it('lists Arabic in the sitemap only where it is translated; translators can be assigned it; the admin speaks it', async () => {
    const { call, login } = siteApi(app.baseUrl)
    const admin = await login(adminCredentials)
    const sitemap = async () => (await fetch(`${app.baseUrl}/sitemap.xml`)).text()
    expect(await sitemap()).not.toContain('/ar/')

    const { json } = await call('questions?where[number][equals]=16&depth=0', { token: admin })
    const translated = await call(`questions/${json.docs[0].id}?locale=ar`, {
      method: 'PATCH',
      token: admin,
      body: JSON.stringify({ text: arabicQuestion, _status: 'published' }),
    })
    expect(translated.status).toBe(200)
    const map = await sitemap()
    expect(map).toContain('/ar/questions/16<')
    expect(map).not.toContain('/ar/questions/3<')
    const page = await (await fetch(`${app.baseUrl}/ar/questions/16`)).text()
    expect(page).toContain(arabicQuestion)
    // The translation status counts Arabic too: one key per language other than Turkish.
    const status = await call(`questions/${json.docs[0].id}?depth=0`, { token: admin })
    expect(Object.keys(status.json.translationStatus)).toEqual(['en', 'ar'])
    expect(status.json.translationStatus.ar).toBe('current')

    const translator = await call('users', {
      method: 'POST',
      token: admin,
      body: JSON.stringify({
        email: 'arabic-translator@example.org',
        password: 'arabic-translator-password-1',
        name: 'مترجم',
        role: 'translator',
        languages: ['ar'],
      }),
    })
    expect(translator.status).toBe(201)

    const adminPage = await (
      await fetch(`${app.baseUrl}/admin/login`, { headers: { cookie: 'payload-lng=ar' } })
    ).text()
    // Payload writes the direction in capitals (dir="RTL"); HTML reads it either way.
    expect(adminPage).toMatch(/<html[^>]*\blang="ar"/)
    expect(adminPage).toMatch(/<html[^>]*\bdir="rtl"/i)
  })

  it('the admin in Arabic edits right to left without sideways scrolling (Lexical parks its menus 10,000 px away)', async () => {
    const context = await ctx.browser.newContext({ baseURL: app.baseUrl, viewport: { width: 1280, height: 900 } })
    await context.addCookies([{ name: 'payload-lng', value: 'ar', url: app.baseUrl }])
    const page = await context.newPage()
    await signInToAdmin(page, adminCredentials)
    const { json } = await siteApi(app.baseUrl).call('advice?limit=1&depth=0')
    await page.goto(`/admin/collections/advice/${json.docs[0].id}?locale=ar`)
    await page.locator('[data-lexical-editor="true"]').first().waitFor()
    await page.waitForLoadState('networkidle')
    expect(await page.getAttribute('html', 'dir')).toMatch(/^rtl$/i)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280)
    await context.close()
  })

  it('exports with --locale ar', () => {
    const out = path.join(work, 'export')
    const run = spawnSync('npm', ['run', '-s', 'export', '--', out, '--locale', 'ar'], {
      cwd: project,
      env: { ...process.env, DATABASE_URI: databaseUri, PAYLOAD_SECRET: browserTestSecret },
      encoding: 'utf8',
    })
    expect(run.status, run.stderr).toBe(0)
    const texts = readdirSync(out, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => readFileSync(path.join(entry.parentPath, entry.name), 'utf8'))
    expect(texts.some((text) => text.includes(arabicQuestion))).toBe(true)
  })
})
