import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { signInToAdmin, useBrowser } from '@tests/support/browser'
import { publishedAdvice, richText, siteApi, siteEditorPassword } from '@tests/support/site-api'

/**
 * Scheduled publishing in the running app (`npm start`): the runner carries a due schedule out
 * by itself and readers get the new text on the page without anyone pressing a button; the
 * editor enters and reads times in Istanbul time and finds what is scheduled on the dashboard.
 */
const ctx = useBrowser()
const editorEmail = 'schedule-editor@example.org'
let advice: Awaited<ReturnType<typeof publishedAdvice>>

beforeAll(async () => {
  advice = await publishedAdvice(ctx.baseUrl, editorEmail, 690, 'Zamanlama sorusu?', 'İlk reçete.')
})

afterAll(async () => advice?.remove())

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
})
