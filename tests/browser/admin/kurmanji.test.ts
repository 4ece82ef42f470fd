import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { startApp } from '@tests/support/app-server'
import { useBrowser } from '@tests/support/browser'
import { adminCredentials, browserTestSecret } from '@tests/support/browser-setup'
import { addLanguage, copyProject, kurmanjiLine } from '@tests/support/project-copy'
import { siteApi } from '@tests/support/site-api'
import { fillFolder, xmllint } from '@tests/support/xliff'

/**
 * Kurmanji (`ku`: Latin script, left to right, no admin translation in Payload) added as the
 * docs say (docs/development/languages.md), to a copy of the project on a copy of the browser
 * suite's database, as the Arabic test does. Translated both ways translators work: XLIFF from a
 * CAT tool and Markdown, then published and read on the site's /ku/ pages. The copy builds from
 * scratch: this file takes a few minutes.
 */
const ctx = useBrowser()
let work: string
let project: string
let app: Awaited<ReturnType<typeof startApp>>
let databaseUri: string

/** A stand-in for a Kurmanji translator: recognisable words in the language's own letters. */
const kurmanji = (text: string) => `Bi kurmancî: ${text.length > 3 ? 'rêxistina me plan çêdike' : text}`

const cli = (script: 'import' | 'export', args: string[]) => {
  const run = spawnSync('npm', ['run', '-s', script, '--', ...args], {
    cwd: project,
    env: {
      ...process.env,
      DATABASE_URI: databaseUri,
      PAYLOAD_SECRET: browserTestSecret,
      SERVER_URL: app.baseUrl,
    },
    encoding: 'utf8',
  })
  return { code: run.status, stdout: run.stdout, stderr: run.stderr }
}

beforeAll(async () => {
  work = mkdtempSync(path.join(os.tmpdir(), 'rota-kurmanji-'))
  project = path.join(work, 'project')
  copyProject(project)
  const before = path.join(work, 'before.db')
  const source = createClient({ url: inject('databaseUri') })
  await source.execute({ sql: 'VACUUM INTO ?', args: [before] })
  source.close()
  databaseUri = `file:${before}`
  addLanguage(project, kurmanjiLine)
  app = await startApp({ DATABASE_URI: databaseUri, PAYLOAD_SECRET: browserTestSecret }, '/ku', 12 * 60_000, project)
}, 13 * 60_000)

afterAll(() => {
  app?.stop()
  if (work) rmSync(work, { recursive: true, force: true })
})

/** Publishes a document's newest Kurmanji draft, as an editor does. */
async function publishKurmanji(collection: 'advice' | 'choices' | 'questions', id: string) {
  const { call, login } = siteApi(app.baseUrl)
  const admin = await login(adminCredentials)
  const published = await call(`${collection}/${id}?locale=ku&publishSpecificLocale=ku`, {
    method: 'PATCH',
    token: admin,
    body: JSON.stringify({ _status: 'published' }),
  })
  expect(published.status).toBe(200)
}

describe('Kurmanji, a content language without an admin translation', () => {
  it('XLIFF: exported from Turkish, filled by a tool, imported as drafts, published, read on /ku/', async () => {
    const out = path.join(work, 'xliff')
    const exported = cli('export', [out, '--locale', 'ku', '--format', 'xliff'])
    expect(exported.code, exported.stderr).toBe(0)
    const file = path.join(out, 'soru-016.xlf')
    expect(readFileSync(file, 'utf8')).toContain('srcLang="tr" trgLang="ku"')
    expect(xmllint(file).ok).toBe(true)
    fillFolder(out, kurmanji)
    const imported = cli('import', [file, '--json'])
    expect(imported.code, imported.stderr).toBe(0)
    const report = JSON.parse(imported.stdout)
    expect(report.errors).toEqual([])
    expect(report.updated.advice).toBeGreaterThan(0)

    // Drafts: readers see nothing of them yet.
    expect(await (await fetch(`${app.baseUrl}/ku/questions/16/1`)).text()).not.toContain('Bi kurmancî')

    const { call } = siteApi(app.baseUrl)
    const question = (await call('questions?where[number][equals]=16&depth=0')).json.docs[0]
    const choice = (await call(`choices?where[question][equals]=${question.id}&where[number][equals]=1&depth=0`)).json
      .docs[0]
    const advice = (await call(`advice?where[choice][equals]=${choice.id}&depth=0`)).json.docs[0]
    await publishKurmanji('questions', question.id)
    await publishKurmanji('choices', choice.id)
    await publishKurmanji('advice', advice.id)

    const page = await ctx.browser.newPage({ baseURL: app.baseUrl })
    await page.goto('/ku/questions/16/1')
    expect(await page.getAttribute('html', 'lang')).toBe('ku')
    expect(await page.getAttribute('html', 'dir')).toBe('ltr')
    const main = await page.locator('main').innerText()
    expect(main).toContain('Bi kurmancî: rêxistina me plan çêdike')
    // The advice's formatting and links came back: every link of the Turkish advice is there.
    const turkish = await ctx.browser.newPage({ baseURL: app.baseUrl })
    await turkish.goto('/tr/questions/16/1')
    const links = async (p: typeof page) =>
      (
        await p.locator('main article a[href^="http"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')))
      ).sort()
    expect(await links(page)).toEqual(await links(turkish))
    await turkish.close()

    // A page not translated shows the Turkish, marked as Turkish, with a note.
    await page.goto('/ku/questions/3')
    expect(await page.locator('[lang="tr-TR"]').count()).toBeGreaterThan(0)
    expect(await page.locator('.fallback-note').count()).toBeGreaterThan(0)
    await page.context().close()
  })

  it('Markdown: exported where missing, translated, imported and published, read on /ku/', async () => {
    const out = path.join(work, 'markdown')
    expect(cli('export', [out, '--locale', 'ku', '--only', 'missing']).code).toBe(0)
    const name = 'soru-003-secenek-1.md'
    const file = readFileSync(path.join(out, name), 'utf8')
    const translated = file
      .replace(/^title: .*$/m, 'title: Plana me ya stratejîk tune ye.')
      .replace(/\n---\n[\s\S]*$/, '\n---\nJi bo rêxistina xwe planek stratejîk amade bikin.\n')
    const dir = path.join(work, 'markdown-ku')
    spawnSync('mkdir', ['-p', dir])
    writeFileSync(path.join(dir, name), translated)
    const imported = cli('import', [dir, '--locale', 'ku', '--status', 'published'])
    expect(imported.code, imported.stdout + imported.stderr).toBe(0)
    const page = await (await fetch(`${app.baseUrl}/ku/questions/3/1`)).text()
    expect(page).toContain('Ji bo rêxistina xwe planek stratejîk amade bikin.')
    expect(page).toContain('Plana me ya stratejîk tune ye.')
    expect(readdirSync(out).length).toBeGreaterThan(1)
  })

  it('the admin stays Turkish or English: there is no Kurmanji interface to switch to', async () => {
    const adminPage = await (
      await fetch(`${app.baseUrl}/admin/login`, { headers: { cookie: 'payload-lng=ku' } })
    ).text()
    expect(adminPage).toMatch(/<html[^>]*\blang="(tr|en)"/)
    expect(readFileSync(path.join(project, 'payload-types.ts'), 'utf8')).toContain("locale: 'tr' | 'en' | 'ku';")
  })
})
