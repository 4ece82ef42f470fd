import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { adminCredentials } from '@tests/support/browser-setup'
import { signInToAdmin, useBrowser } from '@tests/support/browser'
import { publishedAdvice, richText, siteApi, siteEditorPassword } from '@tests/support/site-api'

/**
 * No English or raw value in the Turkish admin (issue 22, finding 6): the main screens, walked
 * as each role meets them (dashboard, every list in the person's menu, a document's form, its
 * versions and a comparison, the activity log, the account page), show no `null`, `undefined`,
 * `[object Object]`, ISO timestamp, 12-hour time or English month name, neither in the visible
 * text nor in what a screen reader says (aria-label, title, alt, and the live announcements of
 * a focused drop-down). The browser is in New York: a time the server or the browser formatted
 * in its own zone or language is caught too.
 */
const ctx = useBrowser()
const editorEmail = 'language-editor@example.org'
const translator = { email: 'language-translator@example.org', password: 'language-translator-password-1' }
let advice: Awaited<ReturnType<typeof publishedAdvice>>

const wrongValues: Array<[string, RegExp]> = [
  ['null', /\bnull\b/],
  ['undefined', /\bundefined\b/],
  ['[object Object]', /\[object Object\]/],
  ['ISO timestamp', /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/],
  ['12-hour time', /\d{1,2}[:.]\d{2}\s?(?:AM|PM|am|pm|ÖÖ|ÖS)\b|\b(?:ÖÖ|ÖS)\b/],
  [
    'English month',
    /\b(?:January|February|March|April|June|July|August|September|October|November|December)\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2}\b/,
  ],
]

/** The screen's visible text and its elements' accessible names, with what each is. */
const screenTexts = (page: Page) =>
  page.evaluate(() => {
    const texts: Array<[string, string]> = [['visible text', document.body.innerText]]
    for (const element of Array.from(document.querySelectorAll('[aria-label], [title], [alt], [placeholder]'))) {
      for (const attribute of ['aria-label', 'title', 'alt', 'placeholder']) {
        const value = element.getAttribute(attribute)
        if (value) texts.push([`${attribute} of <${element.tagName.toLowerCase()}>`, value])
      }
    }
    for (const live of Array.from(document.querySelectorAll('[aria-live]')))
      if (live.textContent) texts.push(['live announcement', live.textContent])
    return texts
  })

/** What on the screen at `path` is English or raw, as "where: what «excerpt»". */
async function wrongOn(page: Page, path: string): Promise<string[]> {
  const found: string[] = []
  for (const [where, text] of await screenTexts(page)) {
    for (const [what, pattern] of wrongValues) {
      const match = pattern.exec(text)
      if (match) {
        const at = Math.max(0, match.index - 40)
        found.push(
          `${path} · ${where}: ${what} «${text.slice(at, match.index + match[0].length + 40).replace(/\s+/g, ' ')}»`,
        )
      }
    }
  }
  return found
}

async function settle(page: Page) {
  await page.waitForLoadState('networkidle')
  await page.locator('.template-default, .template-minimal').first().waitFor()
}

async function visit(page: Page, path: string): Promise<string[]> {
  await page.goto(path)
  await settle(page)
  return wrongOn(page, path)
}

/** The lists the person's menu offers. */
const listsInMenu = (page: Page) =>
  page
    .locator('nav a[href^="/admin/collections/"], nav a[href^="/admin/globals/"]')
    .evaluateAll((links) => [...new Set(links.map((a) => a.getAttribute('href') as string))])

/** Every screen a person in this role works on, each checked. */
async function walk(page: Page, who: { email: string; password: string }, { comparison = true } = {}) {
  const found: string[] = []
  await signInToAdmin(page, who)
  await settle(page)
  found.push(...(await wrongOn(page, '/admin')))
  const lists = await listsInMenu(page)
  expect(lists.length).toBeGreaterThan(3)
  for (const list of lists) found.push(...(await visit(page, list)))
  const form = `/admin/collections/advice/${advice.adviceId}?locale=tr`
  found.push(...(await visit(page, form)))
  const versions = `/admin/collections/advice/${advice.adviceId}/versions`
  found.push(...(await visit(page, versions)))
  if (comparison) {
    await page.locator('.rota-versions__table tbody tr a').first().click()
    await page.waitForURL(/\/versions\/[0-9a-f-]{36}/)
    await settle(page)
    // The drop-down of versions to compare with, as a screen reader announces it.
    const select = page.locator('.compare-version input').first()
    await select.focus()
    await page.keyboard.press('ArrowDown')
    await page.locator('.rs__option, [class*="option"]').first().waitFor()
    found.push(...(await wrongOn(page, `${versions}/…`)))
    await page.keyboard.press('Escape')
  }
  found.push(...(await visit(page, '/admin/account')))
  return found
}

beforeAll(async () => {
  advice = await publishedAdvice(ctx.baseUrl, editorEmail, 623, 'Dil sorusu?', 'Dil reçetesi.')
  const { call, login } = siteApi(ctx.baseUrl)
  // A draft sent to review: the form shows when it was sent, the comparison an empty review state before.
  const draft = await call(`advice/${advice.adviceId}?locale=tr&draft=true`, {
    method: 'PATCH',
    token: advice.token,
    body: JSON.stringify({ body: richText('Dil reçetesinin yeni hâli.'), reviewState: 'in_review' }),
  })
  expect(draft.status).toBe(200)
  const created = await call('users', {
    method: 'POST',
    token: await login(adminCredentials),
    body: JSON.stringify({ ...translator, name: 'Dil Çevirmeni', role: 'translator', languages: ['en'] }),
  })
  expect(created.status).toBe(201)
})

afterAll(async () => advice?.remove())

const newYorkPage = async () =>
  (await ctx.browser.newContext({ baseURL: ctx.baseUrl, locale: 'tr-TR', timezoneId: 'America/New_York' })).newPage()

describe('the Turkish admin shows no English or raw value', () => {
  it('to the administrator', async () => {
    const page = await newYorkPage()
    expect(await walk(page, adminCredentials)).toEqual([])
    await page.context().close()
  })

  it('to an editor', async () => {
    const page = await newYorkPage()
    expect(await walk(page, { email: editorEmail, password: siteEditorPassword })).toEqual([])
    await page.context().close()
  })

  it('to a translator', async () => {
    const page = await newYorkPage()
    expect(await walk(page, translator)).toEqual([])
    await page.context().close()
  })

  it("the review date reads in Turkish, Istanbul time, and the link check's notice asks nothing technical", async () => {
    const page = await newYorkPage()
    await signInToAdmin(page, { email: editorEmail, password: siteEditorPassword })
    expect(await page.locator('body').innerText()).not.toContain('npm run')
    await page.goto(`/admin/collections/advice/${advice.adviceId}?locale=tr`)
    const sent = page.locator('#field-reviewSentAt input')
    await sent.waitFor()
    await expect.poll(() => sent.inputValue()).toMatch(/^\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}$/)
    await page.context().close()
  })
})
