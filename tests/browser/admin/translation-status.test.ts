import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { adminCredentials } from '@tests/support/browser-setup'
import { signInToAdmin, useBrowser } from '@tests/support/browser'
import { publishedAdvice, richText, siteApi } from '@tests/support/site-api'

/**
 * An English translation of two paragraphs made before the first one's Turkish changed, as
 * the people involved meet it: the editor finds it through the list's status filter (which
 * says how many of its paragraphs changed), sees the changed paragraph side by side (Turkish
 * then, now, the translation) and the count in the sidebar, and can confirm it; the reader is
 * told and led to the Turkish; the translator's dashboard lists it as work, in their own
 * content language, and counts it with its paragraphs among the outdated translations.
 */
const ctx = useBrowser()
const number = 640
const translator = { email: 'status-translator@example.org', password: 'status-translator-password-1' }
let advice: Awaited<ReturnType<typeof publishedAdvice>>
/** The translator's dashboard before the Turkish changed. */
let before: OutdatedFigures

type Counts = { documents: number; total: number; changed: number; uncounted: number }
type OutdatedFigures = { line: Counts & { text: string }; advice: Counts }

const numbers = (match: RegExpExecArray | null, text: string): Counts => {
  expect(match, text).not.toBeNull()
  const [documents, total, changed, uncounted] = [1, 2, 3, 4].map((i) => Number(match![i] ?? 0))
  return { documents: documents!, total: total!, changed: changed!, uncounted: uncounted! }
}

/**
 * The English panel's figures on outdated translations, read as numbers: its line above the
 * table and the advice row's outdated cell. Other files of the run may leave outdated
 * translations of their own, so the test compares the figures before and after.
 */
async function outdatedFigures(page: Page): Promise<OutdatedFigures> {
  await page.goto('/admin')
  const text = await page.locator('.rota-translation-progress__outdated').innerText()
  const line =
    /^(?:Güncel olmayan çeviri yok\.|(\d+) belge güncel değil(?: · (\d+) paragraftan (\d+)'s?[ıiuü] değişti)?(?: \((\d+) belgede paragraflar karşılaştırılamadı\))?)$/
  const cell = page
    .locator('.rota-translation-progress tr', { has: page.locator('a[href="/admin/collections/advice?locale=en"]') })
    .locator('.rota-translation-status--outdated')
  const cellText = (await cell.innerText()).replace(/\s+/g, ' ').trim()
  return {
    line: { ...numbers(line.exec(text), text), text },
    advice: numbers(/^(\d+)(?: (\d+) paragraftan (\d+)'s?[ıiuü] değişti)?$/.exec(cellText), cellText),
  }
}

beforeAll(async () => {
  const { call, login } = siteApi(ctx.baseUrl)
  advice = await publishedAdvice(
    ctx.baseUrl,
    'status-editor@example.org',
    number,
    'Gönüllüleriniz düzenli eğitim alıyor mu?',
    ['Gönüllüler için yılda bir eğitim planlayın.', 'Eğitimden sonra gönüllülere ne öğrendiklerini sorun.'],
  )
  const admin = await login(adminCredentials)
  await call('users', {
    method: 'POST',
    token: admin,
    body: JSON.stringify({ ...translator, name: 'Durum Çevirmeni', role: 'translator', languages: ['en'] }),
  })
  const translatorToken = await login(translator)
  const patch = (query: string, token: string, data: object) =>
    call(`advice/${advice.adviceId}?${query}`, { method: 'PATCH', token, body: JSON.stringify(data) })
  expect(
    (
      await patch('locale=en&draft=true', translatorToken, {
        body: richText('Plan one training a year.', 'After the training, ask the volunteers what they learned.'),
      })
    ).status,
  ).toBe(200)
  expect((await patch('locale=en', advice.token, { _status: 'published' })).status).toBe(200)
  const dashboard = await ctx.newPage()
  await signInToAdmin(dashboard, translator)
  before = await outdatedFigures(dashboard)
  await dashboard.context().close()
  expect(
    (
      await patch('locale=tr', advice.token, {
        body: richText(
          'Gönüllüler için yılda iki kez uygulamalı eğitim planlayın.',
          'Eğitimden sonra gönüllülere ne öğrendiklerini sorun.',
        ),
        _status: 'published',
      })
    ).status,
  ).toBe(200)
})

afterAll(async () => advice?.remove())

describe('an outdated translation', () => {
  it('is listed by the status filter above the advice list, with its status in the column', async () => {
    const page = await ctx.newPage()
    await signInToAdmin(page, adminCredentials)
    await page.goto('/admin/collections/advice?limit=100')
    // Followed by address: the list rewrites its own address while it starts, which would
    // cancel a click made meanwhile.
    const filter = await page.getByRole('link', { name: /^Güncel değil \(\d+\)$/ }).getAttribute('href')
    expect(filter).toContain('where[translationStatus.en][equals]=outdated')
    await page.goto(filter!)
    const row = page.locator('tr', { hasText: `Soru ${number} · Seçenek 1` })
    await expect.poll(() => row.count(), { timeout: 15_000 }).toBe(1)
    expect(await row.locator('.rota-translation-status').innerText()).toBe(
      "İngilizce: Güncel değil (2 paragraftan 1'i değişti)",
    )
    // Every row the filter shows is outdated.
    const cells = await page.locator('tbody .rota-translation-status').allInnerTexts()
    expect(cells.every((text) => text.startsWith('İngilizce: Güncel değil'))).toBe(true)
  })

  it('tells English readers that the Turkish changed, and marks the Turkish headings', async () => {
    const page = await ctx.newPage({ locale: 'en-GB' })
    await page.goto(`/en/questions/${number}/1`)
    const note = page.locator('.outdated-note')
    expect(await note.innerText()).toMatch(/The Turkish original of this text was updated on .+ \d{4};/)
    expect(await note.getByRole('link', { name: 'Read the Turkish original' }).getAttribute('href')).toBe(
      `/tr/questions/${number}/1`,
    )
    expect(await page.locator('.advice').innerText()).toContain('Plan one training a year.')
    // The question and the answer have no English: both headings say they are Turkish.
    expect(await page.locator('h1').innerText()).toMatch(/^Evet\. \(in Turkish\)$/)
    expect(await page.locator('.kicker').innerText()).toContain('(in Turkish)')

    // The assessment report shows the same advice with the same note.
    await page.goto(`/en/assessment/report?q${number}=1`)
    const reportNote = page.locator(`#report-q${number} .outdated-note`)
    expect(await reportNote.innerText()).toMatch(/The Turkish original of this text was updated on .+ \d{4};/)
    expect(await reportNote.getByRole('link').getAttribute('href')).toBe(`/tr/questions/${number}/1`)
  })

  it("is on the translator's next work, saying how many of its paragraphs changed", async () => {
    const page = await ctx.newPage()
    await signInToAdmin(page, translator)
    const item = page.locator('.rota-translation-worklist li', { hasText: `Soru ${number} · Seçenek 1` })
    await expect.poll(() => item.count(), { timeout: 15_000 }).toBe(1)
    expect(await item.innerText()).toMatch(/Güncel değil: 2 paragraftan 1'i değişti\)$/)
  })

  it("is counted on the translator's dashboard with its two paragraphs, one of them changed", async () => {
    const page = await ctx.newPage()
    await signInToAdmin(page, translator)
    const after = await outdatedFigures(page)
    const oneMore = (counts: Counts) => ({
      documents: counts.documents + 1,
      total: counts.total + 2,
      changed: counts.changed + 1,
      uncounted: counts.uncounted,
    })
    expect(after.line).toMatchObject(oneMore(before.line))
    expect(after.advice).toEqual(oneMore(before.advice))
    // Run alone, the file starts with no outdated English translation: the line reads exactly so.
    if (before.line.documents === 0) expect(after.line.text).toBe("1 belge güncel değil · 2 paragraftan 1'i değişti")
  })

  it('shows the editor what changed in the Turkish, and the editor can mark it current', async () => {
    const page = await ctx.newPage()
    await signInToAdmin(page, adminCredentials)
    await page.goto(`/admin/collections/advice/${advice.adviceId}?locale=en`)
    const changes = page.locator('.rota-turkish-changes')
    await changes.waitFor()
    expect(await changes.locator('h3').innerText()).toBe('Çeviri yapıldıktan sonra Türkçesi değişen paragraflar')
    expect(await changes.locator('.rota-paragraph-changes__count').innerText()).toMatch(/^2 paragraftan 1'i değişti;/)
    // The sidebar says it in a line of its own, beside the status.
    expect(await page.locator('.rota-translation-field__paragraphs').innerText()).toBe("2 paragraftan 1'i değişti")
    // Side by side: the Turkish then with what went, the Turkish now with what came, the translation.
    const paragraph = changes.locator('.rota-paragraph-change')
    expect(await paragraph.count()).toBe(1)
    expect(await paragraph.locator('.rota-paragraph-change__now ins').allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringMatching(/iki kez/)]),
    )
    expect((await paragraph.locator('.rota-paragraph-change__before del').allInnerTexts()).join(' ')).toMatch(/bir/)
    expect(await paragraph.locator('.rota-paragraph-change__translation').innerText()).toBe('Plan one training a year.')
    expect(await paragraph.locator('.rota-paragraph-change__column').nth(2).getAttribute('lang')).toBe('en')
    // The translation memory is asked for the Turkish now: of the pairs it could hold, the Turkish
    // then with its translation is 15 letters shorter than 58, below 75 % at best, and the
    // unchanged second paragraph has other words.
    await expect
      .poll(() => paragraph.locator('.rota-memory .rota-memory__note').innerText(), { timeout: 15_000 })
      .toBe('Çeviri belleğinde benzer paragraf yok.')
    expect(await page.locator('.rota-translation-field').innerText()).toContain('İngilizce: Güncel değil')
    await page.getByRole('button', { name: 'Türkçe değişikliği çeviriyi etkilemiyor' }).click()
    await expect
      .poll(() => page.locator('.rota-translation-field').innerText(), { timeout: 15_000 })
      .toContain('İngilizce: Güncel')
    await expect.poll(() => changes.count(), { timeout: 15_000 }).toBe(0)
    const { json } = await siteApi(ctx.baseUrl).call(`advice/${advice.adviceId}?draft=true`, { token: advice.token })
    expect(json.translationStatus).toEqual({ en: 'current' })
  })
})

describe("a translator's dashboard", () => {
  it('opens in their language with their next work listed', async () => {
    const page = await ctx.newPage()
    await signInToAdmin(page, translator)
    const panel = page.locator('.rota-translation-progress')
    expect(await panel.locator('h2').innerText()).toBe('İngilizce çeviriler')
    const work = panel.locator('.rota-translation-worklist li')
    expect(await work.count()).toBeGreaterThan(0)
    expect(await work.first().getByRole('link').getAttribute('href')).toMatch(/\?locale=en$/)
    // The content language remembered for the translator is English, not Turkish.
    await page.goto('/admin/collections/advice')
    expect(await page.locator('.localizer').innerText()).toMatch(/İngilizce/)
  })
})
