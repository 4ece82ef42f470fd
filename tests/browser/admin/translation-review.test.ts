import type { Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { adminCredentials } from '@tests/support/browser-setup'
import { signInToAdmin, useBrowser } from '@tests/support/browser'
import { publishedAdvice, richText, siteApi } from '@tests/support/site-api'

/**
 * The translation loop through the admin's own screens: a translator finds an outdated
 * English advice on their dashboard, translates it and sends it to review; an editor asks for
 * changes with a note from the review queue; the translator sees the note, fixes the text and
 * sends it again; the editor publishes English only. The English is then current, readers get
 * it, and a Turkish draft waiting beside it is untouched.
 */
const ctx = useBrowser()
const number = 650
const translator = { email: 'loop-translator@example.org', password: 'loop-translator-password-1' }
// siteApi's editorToken makes editors with this password.
const editor = { email: 'loop-editor@example.org', password: 'site-editor-password-1' }
let advice: Awaited<ReturnType<typeof publishedAdvice>>
const { call, login } = siteApi(ctx.baseUrl)

const adviceRest = async (query: string) =>
  (await call(`advice/${advice.adviceId}?${query}`, { token: advice.token })).json as Record<string, unknown>
const textOf = (body: unknown) =>
  JSON.stringify(body)
    .match(/"text":"([^"]*)"/g)
    ?.join(' ') ?? ''

/**
 * Chooses a value in the form's review select (a react-select, as every select of Payload's
 * admin), once the form is editable. The form may re-render while it settles, which shuts an
 * open menu and detaches its options, so the whole choice is retried until the field shows it.
 */
async function chooseReview(page: Page, label: string) {
  const field = page.locator('#field-reviewState')
  await expect
    .poll(async () => (await field.getAttribute('class')) ?? '', { timeout: 15_000 })
    .not.toContain('read-only')
  const option = page.locator('.rs__option', { hasText: label })
  await vi.waitFor(
    async () => {
      // A click on the control of an open menu would shut it again.
      if (!(await option.isVisible())) await field.locator('.rs__control').click({ timeout: 3_000 })
      await option.click({ timeout: 3_000 })
      expect(await field.innerText()).toContain(label)
    },
    { timeout: 45_000, interval: 500 },
  )
}

async function saveDraft(page: Page) {
  const save = page.getByRole('button', { name: 'Taslağı kaydet' })
  await expect.poll(() => save.isEnabled(), { timeout: 15_000 }).toBe(true)
  await save.click()
  // Saved once the button has nothing left to save (the callers then check the server's state).
  await expect.poll(() => save.isEnabled(), { timeout: 15_000 }).toBe(false)
}

/** Leaves the form as an editor does, through the breadcrumb. */
async function leave(page: Page) {
  await page.locator('.step-nav a', { hasText: 'Reçeteler' }).click()
  await page.waitForURL(/\/admin\/collections\/advice(\?|$)/)
}

/**
 * Someone who left a form a moment ago may still hold its edit lock (the admin releases it
 * from the page being left): the next person is told and takes over, as they would here.
 */
async function takeOverIfLocked(page: Page) {
  await page.waitForLoadState('networkidle')
  const modal = page.locator('#document-locked')
  if (
    await modal.waitFor({ timeout: 3_000 }).then(
      () => true,
      () => false,
    )
  )
    await modal.getByRole('button', { name: 'Devralmak' }).click()
}

/** Replaces the text of the form's rich-text body with `text`, as someone typing it. */
async function typeBody(page: Page, text: string) {
  const box = page.locator('[data-field-path="body"] [data-lexical-editor="true"]')
  await page.waitForLoadState('networkidle')
  await expect.poll(() => box.getAttribute('contenteditable'), { timeout: 15_000 }).toBe('true')
  await box.click()
  await page.keyboard.press('Control+A')
  await page.keyboard.type(text)
}

/** Opens a document from a dashboard link, in the language the link names. */
async function openFrom(page: Page, link: Locator) {
  await Promise.all([page.waitForURL(/locale=en/, { waitUntil: 'commit' }), link.click()])
  await takeOverIfLocked(page)
}

/** Saves the draft, waits until the server holds the review state, and leaves the form. */
async function saveInState(page: Page, state: string) {
  await saveDraft(page)
  await expect.poll(async () => (await adviceRest('locale=en&draft=true')).reviewState, { timeout: 15_000 }).toBe(state)
  await leave(page)
}

beforeAll(async () => {
  advice = await publishedAdvice(
    ctx.baseUrl,
    editor.email,
    number,
    'Bağışçılarınıza teşekkür ediyor musunuz?',
    'Her bağıştan sonra teşekkür edin.',
  )
  await fetch(`${ctx.baseUrl}/api/users`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${await login(adminCredentials)}` },
    body: JSON.stringify({ ...translator, name: 'Döngü Çevirmeni', role: 'translator', languages: ['en'] }),
  })
  // An English translation, published, then a new Turkish text: the English is outdated.
  const token = await login(translator)
  await call(`advice/${advice.adviceId}?locale=en&draft=true`, {
    method: 'PATCH',
    token,
    body: JSON.stringify({ body: richText('Thank donors now and then.') }),
  })
  await call(`advice/${advice.adviceId}?locale=en`, {
    method: 'PATCH',
    token: advice.token,
    body: JSON.stringify({ _status: 'published' }),
  })
  await call(`advice/${advice.adviceId}?locale=tr`, {
    method: 'PATCH',
    token: advice.token,
    body: JSON.stringify({ body: richText('Her bağıştan sonra iki gün içinde teşekkür edin.'), _status: 'published' }),
  })
  // And a Turkish revision still in draft, which the English publish must leave alone.
  await call(`advice/${advice.adviceId}?locale=tr&draft=true`, {
    method: 'PATCH',
    token: advice.token,
    body: JSON.stringify({ body: richText('Türkçe taslak: bekleyen düzeltme.') }),
  })
  expect((await adviceRest('draft=true')).translationStatus).toEqual({ en: 'outdated' })
})

afterAll(async () => advice?.remove())

describe('the translation loop', () => {
  it('the translator translates the outdated advice and sends it to review', async () => {
    const page = await ctx.newPage()
    await signInToAdmin(page, translator)
    const item = page.locator('.rota-translation-worklist a', { hasText: `Soru ${number} · Seçenek 1` })
    await openFrom(page, item)
    await page.locator('.rota-turkish-changes').waitFor()
    // The Turkish original is the published text, the one the translation is measured against;
    // the Turkish revision waiting as a draft is shown apart, marked as not published.
    const original = page.locator('.default-language-text')
    await original.locator('.default-language-text__published').waitFor()
    expect(await original.locator('.default-language-text__published').innerText()).toContain(
      'Her bağıştan sonra iki gün içinde teşekkür edin.',
    )
    expect(await original.locator('.default-language-text__published').innerText()).not.toContain('Türkçe taslak')
    const pending = original.locator('.default-language-text__draft')
    expect(await pending.innerText()).toContain('Yayımlanmamış Türkçe taslak')
    expect(await pending.innerText()).toContain('henüz okurlara gösterilmiyor')
    expect(await pending.innerText()).toContain('Türkçe taslak: bekleyen düzeltme.')
    await typeBody(page, 'Thank donors within two days of every gift.')
    await chooseReview(page, 'İncelemede')
    await saveInState(page, 'in_review')

    // What they sent waits on their dashboard, with the comparison a click away.
    await page.goto('/admin')
    const mine = page.locator('.rota-review-queue--mine')
    await mine.waitFor()
    expect(await mine.locator('h2').innerText()).toBe('İncelemeye gönderdikleriniz (1)')
    const sent = mine.locator('li', { hasText: `Soru ${number} · Seçenek 1` })
    expect(await sent.innerText()).toContain('İngilizce')
    expect(await sent.getByRole('link', { name: 'Yayımdaki metinle karşılaştır' }).getAttribute('href')).toBe(
      `/api/published-comparison/advice/${advice.adviceId}?locale=en`,
    )
  })

  it('the editor asks for changes with a note, from the review queue', async () => {
    const page = await ctx.newPage()
    await signInToAdmin(page, editor)
    const queued = page.locator('.rota-review-queue li', { hasText: `Soru ${number} · Seçenek 1` })
    expect(await queued.innerText()).toContain('Döngü Çevirmeni')
    // One click compares the published English with the draft under review, in English only.
    await Promise.all([
      page.waitForURL(/\/admin\/collections\/advice\/[^/]+\/versions\/[^/?]+\?/),
      queued.getByRole('link', { name: 'Yayımdaki metinle karşılaştır' }).click(),
    ])
    const address = new URL(page.url())
    expect(address.searchParams.get('versionFrom')).toBeTruthy()
    expect(JSON.parse(address.searchParams.get('localeCodes') ?? '[]')).toEqual(['en'])
    const comparison = page.locator('body')
    await expect
      .poll(() => comparison.innerText(), { timeout: 15_000 })
      .toContain('Thank donors within two days of every gift.')
    expect(await comparison.innerText()).toContain('Thank donors now and then.')
    expect(await comparison.innerText()).not.toContain('Türkçe taslak: bekleyen düzeltme.')
    await page.goto('/admin')
    await openFrom(page, queued.getByRole('link').first())
    await chooseReview(page, 'Düzeltme istendi')
    await page.locator('#field-reviewComment').fill('“gift” yerine “donation” kullanın.')
    await saveInState(page, 'changes_requested')
  })

  it('the translator sees the note, fixes the text and sends it again', async () => {
    const page = await ctx.newPage()
    await signInToAdmin(page, translator)
    const returned = page.locator('.rota-review-queue--returned li', { hasText: `Soru ${number} · Seçenek 1` })
    expect(await returned.innerText()).toContain('“gift” yerine “donation” kullanın.')
    expect(await returned.getByRole('link', { name: 'Yayımdaki metinle karşılaştır' }).count()).toBe(1)
    await openFrom(page, returned.getByRole('link').first())
    // The note is at the top of the form, not in a box of the sidebar, until the draft goes back.
    const banner = page.locator('.rota-review-banner--returned')
    await banner.waitFor()
    expect(await banner.innerText()).toContain('Düzeltme istendi')
    expect(await banner.innerText()).toContain('“gift” yerine “donation” kullanın.')
    expect(await banner.getByRole('link', { name: 'Yayımdaki metinle karşılaştır' }).count()).toBe(1)
    expect(await page.locator('#field-reviewComment').count()).toBe(0)
    await typeBody(page, 'Thank donors within two days of every donation.')
    await chooseReview(page, 'İncelemede')
    await saveDraft(page)
    await expect.poll(() => banner.count(), { timeout: 15_000 }).toBe(0)
    expect(await page.locator('.rota-review-banner--in-review').innerText()).toContain('İncelemede')
    await expect
      .poll(async () => (await adviceRest('locale=en&draft=true')).reviewState, { timeout: 15_000 })
      .toBe('in_review')
    await leave(page)
  })

  it('the editor publishes English only: current, live, review closed, the Turkish draft untouched', async () => {
    const page = await ctx.newPage()
    await signInToAdmin(page, editor)
    await page.goto(`/admin/collections/advice/${advice.adviceId}?locale=en`)
    await takeOverIfLocked(page)
    await page.getByRole('button', { name: 'Yayımla: İngilizce' }).click()
    // Published once the review is closed (the translation was current since the translator's save).
    await expect
      .poll(async () => (await adviceRest('locale=en&draft=true&fallback-locale=none')).reviewState ?? null, {
        timeout: 15_000,
      })
      .toBeNull()
    expect((await adviceRest('locale=en&draft=true')).translationStatus).toEqual({ en: 'current' })
    const reader = await (await fetch(`${ctx.baseUrl}/api/advice/${advice.adviceId}?locale=en`)).json()
    expect(textOf(reader.body)).toContain('Thank donors within two days of every donation.')
    expect(textOf((await adviceRest('locale=tr&draft=true')).body)).toContain('Türkçe taslak: bekleyen düzeltme.')
    const turkishLive = await (await fetch(`${ctx.baseUrl}/api/advice/${advice.adviceId}?locale=tr`)).json()
    expect(textOf(turkishLive.body)).toContain('Her bağıştan sonra iki gün içinde teşekkür edin.')
  })
})
