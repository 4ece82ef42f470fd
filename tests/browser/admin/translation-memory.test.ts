import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { adminCredentials } from '@tests/support/browser-setup'
import { signInToAdmin, useBrowser } from '@tests/support/browser'
import { publishedAdvice, richText, siteApi } from '@tests/support/site-api'

/**
 * The translation memory in the translator's form: an advice translated and published once,
 * another advice that shares one of its Turkish paragraphs word for word and another nearly.
 * Opening the second in English offers the first's translation of each: a 100 % match and a
 * fuzzy one with what differs in the Turkish marked, and "Ekle" puts it into the translation's
 * editor at its paragraph's place. A third advice, translated and then changed in one of its
 * three Turkish paragraphs, gets the memory's translation in place of that paragraph only.
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
let outdated: Awaited<ReturnType<typeof publishedAdvice>>
let translatorToken: string
const threeTurkish = ['Eğitim planınızı yazın.', 'Eğitimleri bir yere not edin.', 'Planı her yıl gözden geçirin.']
const threeEnglish = ['Write your training plan.', 'Note the trainings somewhere.', 'Review the plan every year.']

const editorParagraphs = (page: Page) =>
  page
    .locator('[data-field-path="body"] [data-lexical-editor="true"] > *')
    .allInnerTexts()
    .then((texts) => texts.map((text) => text.trim()))

/** The paragraphs of the newest English draft of an advice, as stored. */
async function storedEnglish(adviceId: string): Promise<string[]> {
  const { json } = await siteApi(ctx.baseUrl).call(`advice/${adviceId}?locale=en&draft=true&depth=0`, {
    token: translatorToken,
  })
  const root = (json.body as { root?: { children?: Array<{ children?: Array<{ text?: string }> }> } } | null)?.root
  return (root?.children ?? []).map((block) => (block.children ?? []).map((child) => child.text ?? '').join(''))
}

beforeAll(async () => {
  const { call, login } = siteApi(ctx.baseUrl)
  translated = await publishedAdvice(ctx.baseUrl, 'memory-editor@example.org', 660, 'Eğitim veriyor musunuz?', first)
  untranslated = await publishedAdvice(ctx.baseUrl, 'memory-editor@example.org', 661, 'Kayıt tutuyor musunuz?', first)
  outdated = await publishedAdvice(ctx.baseUrl, 'memory-editor@example.org', 662, 'Plan var mı?', threeTurkish[0])
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
  // Translated as three paragraphs, then the middle Turkish one rewritten as the memory's `second`.
  expect(
    (
      await patch(outdated.adviceId, 'locale=tr', outdated.token, {
        body: richText(...threeTurkish),
        _status: 'published',
      })
    ).status,
  ).toBe(200)
  expect(
    (await patch(outdated.adviceId, 'locale=en&draft=true', translatorToken, { body: richText(...threeEnglish) }))
      .status,
  ).toBe(200)
  expect((await patch(outdated.adviceId, 'locale=en', outdated.token, { _status: 'published' })).status).toBe(200)
  const changedTurkish = richText(threeTurkish[0], second, threeTurkish[2])
  expect(
    (await patch(outdated.adviceId, 'locale=tr', outdated.token, { body: changedTurkish, _status: 'published' }))
      .status,
  ).toBe(200)
})

afterAll(async () => {
  await outdated?.remove()
  await untranslated?.remove()
  await translated?.remove()
})

describe('the translation memory in the translation form', () => {
  it('offers a remembered translation per paragraph, marks what differs, and inserts it', async () => {
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

    // The translation is empty: the first paragraph takes the editor's empty one, the second follows.
    // Lexical mounts its editor after the panel's suggestions may already be there: wait for it.
    await expect.poll(() => editorParagraphs(page), { timeout: 15_000 }).toEqual([''])
    await exactMatch.getByRole('button', { name: 'Ekle' }).click()
    expect(await exactMatch.getByRole('status').innerText()).toBe('Öneri çeviride bu paragrafın yerine kondu.')
    await expect.poll(() => editorParagraphs(page), { timeout: 5_000 }).toEqual([firstEnglish])
    await fuzzyMatch.getByRole('button', { name: 'Ekle' }).click()
    await expect.poll(() => editorParagraphs(page), { timeout: 5_000 }).toEqual([firstEnglish, secondEnglish])

    // One undo takes the last suggestion back.
    await page.locator('[data-field-path="body"] [data-lexical-editor="true"] p').first().click()
    await page.keyboard.press('Control+z')
    await expect.poll(() => editorParagraphs(page), { timeout: 5_000 }).toEqual([firstEnglish])
    await page.keyboard.press('Control+y')
    await expect.poll(() => editorParagraphs(page), { timeout: 5_000 }).toEqual([firstEnglish, secondEnglish])

    // The form knows it changed: saved as a draft, the English holds both.
    await page.click('#action-save-draft')
    await expect
      .poll(() => storedEnglish(untranslated.adviceId), { timeout: 15_000 })
      .toEqual([firstEnglish, secondEnglish])
    // Saved, the translation is no longer missing; the suggestions stay while the form is open.
    await expect
      .poll(() => page.locator('.rota-translation-field').innerText(), { timeout: 15_000 })
      .not.toContain('Çevrilmedi')
    expect(await panel.locator('.rota-memory__match').count()).toBeGreaterThan(0)
  })

  it("puts the memory's translation in place of the changed paragraph only, and the draft keeps it", async () => {
    const page = await ctx.newPage()
    await signInToAdmin(page, translator)
    await page.goto(`/admin/collections/advice/${outdated.adviceId}?locale=en`)
    const change = page.locator('.rota-paragraph-change')
    await change.waitFor()
    expect(await change.count()).toBe(1)
    expect(await change.locator('.rota-paragraph-change__translation').innerText()).toBe(threeEnglish[1])
    const match = change.locator('.rota-memory__match').first()
    await expect.poll(() => match.locator('.rota-memory__target').innerText(), { timeout: 15_000 }).toBe(secondEnglish)
    await expect.poll(() => editorParagraphs(page), { timeout: 15_000 }).toEqual(threeEnglish)

    await match.getByRole('button', { name: 'Ekle' }).click()
    expect(await match.getByRole('status').innerText()).toBe('Öneri çeviride bu paragrafın yerine kondu.')
    const expected = [threeEnglish[0], secondEnglish, threeEnglish[2]]
    await expect.poll(() => editorParagraphs(page), { timeout: 5_000 }).toEqual(expected)

    await page.click('#action-save-draft')
    await expect.poll(() => storedEnglish(outdated.adviceId), { timeout: 15_000 }).toEqual(expected)
    // The published English is what readers see until the draft is published: still the old one.
    const { json } = await siteApi(ctx.baseUrl).call(`advice/${outdated.adviceId}?locale=en&depth=0`, {})
    expect(JSON.stringify(json.body)).toContain(threeEnglish[1])
  })
})
