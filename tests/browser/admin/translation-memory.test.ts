import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { adminCredentials } from '@tests/support/browser-setup'
import { signInToAdmin, useBrowser } from '@tests/support/browser'
import { publishedAdvice, richText, siteApi } from '@tests/support/site-api'

/**
 * The translation memory in the translator's form: an advice translated and published once,
 * another advice that shares one of its Turkish paragraphs word for word and another nearly.
 * Opening the second in English offers the first's translation of each: a 100 % match and a
 * fuzzy one with what differs in the Turkish marked, and "Ekle" copies it for pasting.
 */
const ctx = useBrowser()
const translator = { email: 'memory-translator@example.org', password: 'memory-translator-password-1' }
const first = 'Gönüllülerinize her yıl ilk yardım eğitimi verin.'
const second = 'Eğitimlerin kaydını bir deftere düzenli olarak yazın.'
const secondNearly = 'Eğitimlerin kaydını bir deftere dikkatle ve düzenli olarak yazın.'
const firstEnglish = 'Give your volunteers first aid training every year.'
const secondEnglish = 'Write the trainings down in a register regularly.'
let translated: Awaited<ReturnType<typeof publishedAdvice>>
let untranslated: Awaited<ReturnType<typeof publishedAdvice>>
let translatorToken: string

beforeAll(async () => {
  const { call, login } = siteApi(ctx.baseUrl)
  translated = await publishedAdvice(ctx.baseUrl, 'memory-editor@example.org', 660, 'Eğitim veriyor musunuz?', first)
  untranslated = await publishedAdvice(ctx.baseUrl, 'memory-editor@example.org', 661, 'Kayıt tutuyor musunuz?', first)
  const patch = (adviceId: string, query: string, token: string, data: object) =>
    call(`advice/${adviceId}?${query}`, { method: 'PATCH', token, body: JSON.stringify(data) })
  const admin = await login(adminCredentials)
  await call('users', {
    method: 'POST',
    token: admin,
    body: JSON.stringify({ ...translator, name: 'Bellek Çevirmeni', role: 'translator', languages: ['en'] }),
  })
  translatorToken = await login(translator)
  for (const [adviceId, body] of [
    [translated.adviceId, richText(first, second)],
    [untranslated.adviceId, richText(first, secondNearly)],
  ] as const)
    expect((await patch(adviceId, 'locale=tr', translated.token, { body, _status: 'published' })).status).toBe(200)
  expect(
    (
      await patch(translated.adviceId, 'locale=en&draft=true', translatorToken, {
        body: richText(firstEnglish, secondEnglish),
      })
    ).status,
  ).toBe(200)
  expect((await patch(translated.adviceId, 'locale=en', translated.token, { _status: 'published' })).status).toBe(200)
})

afterAll(async () => {
  await untranslated?.remove()
  await translated?.remove()
})

describe('the translation memory in the translation form', () => {
  it('offers a remembered translation per paragraph, marks what differs, and copies it', async () => {
    // The memory takes the pairs in after the publish commits: wait until it answers with them.
    await expect
      .poll(
        async () =>
          (
            await siteApi(ctx.baseUrl).call(`translation-memory?locale=en&text=${encodeURIComponent(first)}`, {
              token: translatorToken,
            })
          ).json,
        { timeout: 15_000 },
      )
      .toEqual(expect.arrayContaining([expect.objectContaining({ target: firstEnglish, score: 100 })]))
    const page = await ctx.newPage()
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ctx.baseUrl })
    await signInToAdmin(page, translator)
    await page.goto(`/admin/collections/advice/${untranslated.adviceId}?locale=en`)
    const panel = page.locator('.rota-untranslated-memory')
    await panel.waitFor()
    expect(await panel.locator('summary').innerText()).toBe('Çeviri belleğinden öneriler')

    const exact = panel.locator('.rota-memory', { hasText: first })
    const exactMatch = exact.locator('.rota-memory__match').first()
    await exactMatch.waitFor()
    expect(await exactMatch.locator('.rota-memory__score').innerText()).toBe('%100 eşleşme')
    expect(await exactMatch.locator('.rota-memory__target').innerText()).toBe(firstEnglish)
    expect(await exactMatch.locator('.rota-memory__target').getAttribute('lang')).toBe('en')

    // The near one: its score, and the words the paragraph here has that the memory's Turkish lacks.
    const fuzzy = panel.locator('.rota-memory', { hasText: secondNearly })
    const fuzzyMatch = fuzzy.locator('.rota-memory__match').first()
    await fuzzyMatch.waitFor()
    expect(await fuzzyMatch.locator('.rota-memory__score').innerText()).toMatch(/^%(7[5-9]|8\d|9\d) benzer$/)
    expect((await fuzzyMatch.locator('.rota-memory__source ins').allInnerTexts()).join('')).toContain('dikkatle ve')
    expect(await fuzzyMatch.locator('.rota-memory__target').innerText()).toBe(secondEnglish)

    await exactMatch.getByRole('button', { name: 'Ekle' }).click()
    await expect
      .poll(() => exactMatch.getByRole('status').innerText(), { timeout: 5_000 })
      .toBe('Panoya kopyalandı: yapıştırmak için paragrafı seçin')
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(firstEnglish)
  })
})
