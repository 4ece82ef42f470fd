import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { signInToAdmin, useBrowser } from '@tests/support/browser'
import { publishedAdvice, richText, siteApi, siteEditorPassword } from '@tests/support/site-api'

/**
 * Scheduled publishing in the running app (`npm start`): the runner carries a due schedule out
 * by itself and readers get the new text on the page without anyone pressing a button; the
 * editor enters and reads times in Istanbul time and finds what is scheduled on the dashboard;
 * the form says what is scheduled, asks before a change would hold it and shows a held schedule
 * beside its time; a schedule saved alone is no change of content.
 */
const ctx = useBrowser()
const editorEmail = 'schedule-editor@example.org'
let advice: Awaited<ReturnType<typeof publishedAdvice>>

beforeAll(async () => {
  advice = await publishedAdvice(ctx.baseUrl, editorEmail, 690, 'Zamanlama sorusu?', 'İlk reçete.')
})

afterAll(async () => advice?.remove())

const editor = { email: editorEmail, password: siteEditorPassword }

/** Waits until the advice form's rich text can be typed into, and puts the caret at its end. */
async function bodyEditor(page: Page) {
  const box = page.locator('[data-field-path="body"] [data-lexical-editor="true"]')
  await page.waitForLoadState('networkidle')
  await expect.poll(() => box.getAttribute('contenteditable'), { timeout: 15_000 }).toBe('true')
  await box.click()
  await page.keyboard.press('Control+End')
  return box
}

/** The editor's open schedules of the advice (REST, as editors read them). */
const schedulesOfAdvice = async () =>
  (
    await siteApi(ctx.baseUrl).call(
      `schedules?where[document][equals]=${advice.adviceId}&where[state][not_equals]=cancelled&sort=-updatedAt&depth=0`,
      { token: advice.token },
    )
  ).json.docs as Array<{ state: string; at: string; action: string }>

const questionPage = async () => (await fetch(`${ctx.baseUrl}/tr/questions/690/1`)).text()

const schedule = (body: object) =>
  siteApi(ctx.baseUrl).call(`advice/${advice.adviceId}?locale=tr&draft=true`, {
    method: 'PATCH',
    token: advice.token,
    body: JSON.stringify(body),
  })

describe('scheduled publishing in the running app', () => {
  it('a scheduled publish whose time has come goes live by itself, within the minute, on the page', async () => {
    const saved = await schedule({
      body: richText('Zamanında yayımlanan reçete.'),
      publishAt: new Date(Date.now() - 1000).toISOString(),
    })
    expect(saved.status).toBe(200)
    expect(await questionPage()).toContain('İlk reçete.')
    const started = Date.now()
    await expect.poll(questionPage, { timeout: 60_000, interval: 1000 }).toContain('Zamanında yayımlanan reçete.')
    expect(Date.now() - started).toBeLessThan(60_000)
  })

  it('the editor sets times in Istanbul time on the form and finds them on the dashboard', async () => {
    // 10:00 in Istanbul tomorrow is 07:00 UTC.
    const tomorrow = new Date(Date.now() + 24 * 60 * 60_000)
    const at = new Date(Date.UTC(tomorrow.getUTCFullYear(), tomorrow.getUTCMonth(), tomorrow.getUTCDate(), 7, 0))
    expect(
      (await schedule({ body: richText('Yarın sabah yayımlanacak reçete.'), publishAt: at.toISOString() })).status,
    ).toBe(200)

    const page = await ctx.newPage()
    await signInToAdmin(page, { email: editorEmail, password: siteEditorPassword })
    const panel = page.locator('.rota-schedules')
    await panel.waitFor()
    expect(await panel.locator('h2').innerText()).toContain('Zamanlanmış yayınlar')
    const line = panel.locator('li', { hasText: 'Reçete: Soru 690 · Seçenek 1' })
    expect(await line.innerText()).toMatch(
      /10:00 · Yayımla · Reçete: Soru 690 · Seçenek 1 · Türkçe · zamanlayan: Site Editörü/,
    )

    await page.goto(`/admin/collections/advice/${advice.adviceId}?locale=tr`)
    const field = page.locator('#field-publishAt')
    await field.waitFor()
    const sidebar = await page.locator('.document-fields__sidebar').innerText()
    expect(sidebar).toContain('Yayımlanacağı zaman')
    expect(sidebar).toContain('Saat dilimi')
    // Both schedule fields show their time zone, whatever the browser's.
    await expect.poll(() => page.locator('.document-fields__sidebar').getByText('İstanbul (UTC+3)').count()).toBe(2)
    const values = () =>
      page
        .locator('.document-fields__sidebar input')
        .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))
    await expect
      .poll(values)
      .toContain(
        `${tomorrow.getUTCDate().toString().padStart(2, '0')}.${(tomorrow.getUTCMonth() + 1).toString().padStart(2, '0')}.${tomorrow.getUTCFullYear()} 10:00`,
      )
    await page.context().close()
  })

  it('the form names the pending publish and asks before the first change, which would hold it', async () => {
    const page = await ctx.newPage()
    await signInToAdmin(page, editor)
    await page.goto(`/admin/collections/advice/${advice.adviceId}?locale=tr`)
    const guard = page.locator('.rota-schedule-guard')
    await guard.waitFor()
    expect(await guard.innerText()).toContain(
      "10:00'da yayımlanmak üzere zamanlandı; değiştirirseniz zamanlama bekletilir.",
    )
    expect(await guard.innerText()).toContain('Zamanlanmış yayın: Türkçe')
    const box = await bodyEditor(page)
    // The advice saves itself as one types: the first key asks, and nothing is typed meanwhile.
    await page.keyboard.type('X')
    const modal = page.locator('.confirmation-modal')
    await modal.waitFor()
    expect(await modal.innerText()).toContain(
      "10:00'da yayımlanmak üzere zamanlandı; değiştirirseniz zamanlama bekletilir.",
    )
    await modal.getByRole('button', { name: 'Vazgeç' }).click()
    await modal.waitFor({ state: 'hidden' })
    expect(await box.innerText()).toBe('Yarın sabah yayımlanacak reçete.')
    await page.waitForTimeout(2500)
    expect((await schedulesOfAdvice())[0]).toMatchObject({ action: 'publish', state: 'pending' })
    expect(await page.locator('.rota-schedule-note').count()).toBe(0)

    // The editor changes it all the same: the form says at once that the schedule will be held.
    await box.click()
    await page.keyboard.press('Control+End')
    await page.keyboard.type(' Y')
    await modal.getByRole('button', { name: 'Yine de değiştir' }).click()
    await box.click()
    await page.keyboard.press('Control+End')
    await page.keyboard.type(' Sonradan eklenen cümle.')
    const publishField = page.locator('#field-publishAt')
    await expect.poll(() => page.locator('.rota-schedule-note').count(), { timeout: 20_000 }).toBe(1)
    expect(await page.locator('.rota-schedule-note').innerText()).toMatch(
      /^Bekletilecek: taslak değişti .*10:00 için zamanlandı, ama taslak o zamandan beri değişti: zamanı gelince yayımlanmayacak\. Taslağı gözden geçirip yeni bir zaman kaydedin ya da elle yayımlayın\.$/,
    )
    expect(await publishField.locator('.rota-schedule-note').count()).toBe(1)
    // The guard reads the schedules with a request of its own, which may answer after the note's.
    await expect.poll(() => guard.count(), { timeout: 15_000 }).toBe(0)
    await page.context().close()
  })

  it('a held schedule is shown on the form beside its time, with the reason and the way out', async () => {
    const soon = new Date(Date.now() + 20_000).toISOString()
    expect((await schedule({ body: richText('Birazdan yayımlanacak reçete.'), publishAt: soon })).status).toBe(200)
    // Changed after scheduling (the form sends the time back unchanged with every save).
    expect((await schedule({ body: richText('Zamanlandıktan sonra değişen reçete.'), publishAt: soon })).status).toBe(
      200,
    )
    await expect
      .poll(async () => (await schedulesOfAdvice())[0]?.state, { timeout: 90_000, interval: 2000 })
      .toBe('held')
    expect(await questionPage()).not.toContain('Zamanlandıktan sonra değişen reçete.')

    const page = await ctx.newPage()
    await signInToAdmin(page, editor)
    await page.goto(`/admin/collections/advice/${advice.adviceId}?locale=tr`)
    const note = page.locator('.rota-schedule-note')
    await note.waitFor()
    expect(await note.getAttribute('data-state')).toBe('held')
    const text = await note.innerText()
    expect(text).toContain('Bekletildi: taslak değişti')
    expect(text).toContain('Taslak, zamanlandıktan sonra değişti; gözden geçirilmemiş metin yayımlanmadı.')
    expect(text).toContain('Taslağı gözden geçirip yeni bir zaman kaydedin ya da elle yayımlayın.')
    // Beside the time it is about: under "Yayımlanacağı zaman", not under the unpublish time.
    const publishField = page.locator('#field-publishAt')
    expect(await publishField.locator('.rota-schedule-note').count()).toBe(1)
    // Nothing waits any more, so nothing asks before a save.
    expect(await page.locator('.rota-schedule-guard').count()).toBe(0)
    await page.context().close()
  })
})

describe('a schedule saved alone', () => {
  let other: Awaited<ReturnType<typeof publishedAdvice>>
  beforeAll(async () => {
    other = await publishedAdvice(ctx.baseUrl, editorEmail, 691, 'Yalnızca zamanlanan soru?', 'Değişmeyen reçete.')
  })
  afterAll(async () => other?.remove())

  it('is no change: the form still reads "Yayımlandı" and the dashboard lists no draft of it', async () => {
    const page = await ctx.newPage()
    await signInToAdmin(page, editor)
    const questions = await siteApi(ctx.baseUrl).call('questions?where[number][equals]=691&depth=0', {
      token: other.token,
    })
    const questionId = questions.json.docs[0].id as string
    await page.goto(`/admin/collections/questions/${questionId}?locale=tr`)
    const status = page.locator('.status__value')
    await expect.poll(() => status.innerText(), { timeout: 15_000 }).toBe('Yayımlandı')
    const input = page.locator('#field-unpublishAt .react-datepicker__input-container input').first()
    await page.waitForLoadState('networkidle')
    await input.click()
    await input.fill('01.01.2030 10:00')
    await input.press('Enter')
    await page.locator('#field-text').click()
    const save = page.getByRole('button', { name: 'Taslağı kaydet' })
    await expect.poll(() => save.isEnabled(), { timeout: 15_000 }).toBe(true)
    await save.click()
    await expect.poll(() => save.isEnabled(), { timeout: 15_000 }).toBe(false)
    // The schedule is there, and the time is in the draft just saved…
    await expect
      .poll(async () => {
        const { json } = await siteApi(ctx.baseUrl).call(
          `schedules?where[document][equals]=${questionId}&where[state][equals]=pending&depth=0`,
          { token: other.token },
        )
        return (json.docs as Array<{ action: string }>).map((s) => s.action)
      })
      .toEqual(['unpublish'])
    // …but readers would see nothing new: Payload's status and ours agree.
    await expect.poll(() => status.innerText(), { timeout: 15_000 }).toBe('Yayımlandı')
    expect(await page.locator('.rota-publishing-state-field .rota-publishing-state').innerText()).toBe('Yayında')
    await page.reload()
    await expect.poll(() => status.innerText(), { timeout: 15_000 }).toBe('Yayımlandı')

    await page.goto('/admin')
    const drafts = page.locator('.rota-my-drafts')
    await drafts.waitFor()
    expect(await drafts.innerText()).not.toContain('Yalnızca zamanlanan soru?')
    await page.context().close()
  })

  it('saving a changed draft of a scheduled question asks first; Ctrl+S too', async () => {
    const { call } = siteApi(ctx.baseUrl)
    const questionId = (await call('questions?where[number][equals]=691&depth=0', { token: other.token })).json.docs[0]
      .id as string
    // 10:30 in Istanbul tomorrow.
    const tomorrow = new Date(Date.now() + 24 * 60 * 60_000)
    const at = new Date(Date.UTC(tomorrow.getUTCFullYear(), tomorrow.getUTCMonth(), tomorrow.getUTCDate(), 7, 30))
    const scheduled = await call(`questions/${questionId}?locale=tr&draft=true`, {
      method: 'PATCH',
      token: other.token,
      body: JSON.stringify({ publishAt: at.toISOString() }),
    })
    expect(scheduled.status).toBe(200)
    const draftText = async () =>
      (await call(`questions/${questionId}?locale=tr&draft=true&depth=0`, { token: other.token })).json.text

    const page = await ctx.newPage()
    await signInToAdmin(page, editor)
    await page.goto(`/admin/collections/questions/${questionId}?locale=tr`)
    const guard = page.locator('.rota-schedule-guard')
    await guard.waitFor()
    const sentence = "10:30'da yayımlanmak üzere zamanlandı; değiştirirseniz zamanlama bekletilir."
    expect(await guard.innerText()).toContain(sentence)
    await page.waitForLoadState('networkidle')
    await page.locator('#field-text').fill('Yalnızca zamanlanan soru, düzeltilmiş?')
    const save = page.getByRole('button', { name: 'Taslağı kaydet' })
    await expect.poll(() => save.isEnabled(), { timeout: 15_000 }).toBe(true)
    await save.click()
    const modal = page.locator('.confirmation-modal')
    await modal.waitFor()
    expect(await modal.innerText()).toContain(sentence)
    await modal.getByRole('button', { name: 'Vazgeç' }).click()
    await modal.waitFor({ state: 'hidden' })
    await page.waitForTimeout(1000)
    expect(await draftText()).toBe('Yalnızca zamanlanan soru?')

    // The keyboard's save asks the same; "Yine de kaydet" saves, and the time's field says why
    // the schedule will not be carried out.
    await page.locator('#field-text').click()
    await page.keyboard.press('Control+s')
    await modal.waitFor()
    await modal.getByRole('button', { name: 'Yine de kaydet' }).click()
    await expect.poll(draftText, { timeout: 15_000 }).toBe('Yalnızca zamanlanan soru, düzeltilmiş?')
    const note = page.locator('#field-publishAt .rota-schedule-note')
    await expect.poll(() => note.count(), { timeout: 15_000 }).toBe(1)
    expect(await note.innerText()).toContain('Bekletilecek: taslak değişti')
    // The guard reads the schedules with a request of its own, which may answer after the note's.
    await expect.poll(() => guard.count(), { timeout: 15_000 }).toBe(0)
    await page.context().close()
  })
})
