import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { adminCredentials } from '@tests/support/browser-setup'
import { signInToAdmin, useBrowser } from '@tests/support/browser'
import { publishedAdvice, siteApi, siteEditorPassword } from '@tests/support/site-api'

/**
 * The dashboard by role and the activity log as the people involved meet them: an editor sees
 * the latest changes by anyone and opens the whole log (which offers no way to write it); a
 * translator sees neither the people card nor the link notice; only the administrator gets
 * the people card and the failed sign-ins. Everyone still reaches their own account.
 */
const ctx = useBrowser()
const translator = { email: 'log-translator@example.org', password: 'log-translator-password-1' }
const editorEmail = 'log-editor@example.org'
let advice: Awaited<ReturnType<typeof publishedAdvice>>

beforeAll(async () => {
  advice = await publishedAdvice(ctx.baseUrl, editorEmail, 660, 'Etkinlik sorusu?', 'Etkinlik reçetesi.')
  const { call, login } = siteApi(ctx.baseUrl)
  const created = await call('users', {
    method: 'POST',
    token: await login(adminCredentials),
    body: JSON.stringify({ ...translator, name: 'Günlük Çevirmeni', role: 'translator', languages: ['en'] }),
  })
  expect(created.status).toBe(201)
})

afterAll(async () => advice?.remove())

/** The names of the collection cards on the dashboard. */
const cards = (page: Awaited<ReturnType<typeof ctx.newPage>>) =>
  page.locator('.dashboard .card__title, .dashboard .card h3').allInnerTexts()

describe('dashboards by role', () => {
  it("an editor sees the latest changes by anyone and opens the whole log, which can't be written", async () => {
    const page = await ctx.newPage()
    await signInToAdmin(page, { email: editorEmail, password: siteEditorPassword })
    const recent = page.locator('.rota-recent-changes')
    await recent.waitFor()
    expect(await recent.locator('h2').innerText()).toBe('Son değişiklikler')
    const line = recent.locator('li', { hasText: 'Reçete: Soru 660 · Seçenek 1' }).first()
    expect(await line.innerText()).toMatch(/Site Editörü · Yayımlandı · Reçete: Soru 660 · Seçenek 1 · Türkçe$/)
    expect(await line.getByRole('link').getAttribute('href')).toBe(
      `/admin/collections/advice/${advice.adviceId}?locale=tr`,
    )
    expect(await cards(page)).not.toContain('Kullanıcılar')
    // Failed sign-ins are the administrators' (the addresses are about people).
    expect(await page.locator('.rota-sign-in-failures').count()).toBe(0)

    await recent.getByRole('link', { name: 'Etkinlik günlüğünün tamamı' }).click()
    await page.waitForURL(/\/admin\/collections\/activity-log/)
    await page.locator('tbody tr').first().waitFor()
    expect(await page.locator('h1').innerText()).toContain('Etkinlik günlüğü')
    expect(await page.locator('tbody').innerText()).toContain('Reçete: Soru 660 · Seçenek 1')
    // Nothing offers to write the log.
    expect(await page.getByRole('link', { name: /Yeni oluştur/ }).count()).toBe(0)
    expect(await page.getByRole('button', { name: /Yeni oluştur/ }).count()).toBe(0)
    await page.context().close()
  })

  it('the form and the versions tab list the versions with who saved each one', async () => {
    const page = await ctx.newPage()
    await signInToAdmin(page, { email: editorEmail, password: siteEditorPassword })
    await page.goto(`/admin/collections/advice/${advice.adviceId}`)
    const history = page.locator('.rota-version-history')
    await history.waitFor()
    expect(await history.locator('.rota-version-history__title').innerText()).toBe('Sürüm geçmişi')
    // The list shows once the versions are read; the language of a publish comes with a second
    // read (the activity log), which may answer later: wait for it.
    await expect
      .poll(() => history.locator('li').first().innerText(), { timeout: 15_000 })
      .toMatch(/ · Yayımlandı \(Türkçe\) · Site Editörü$/)
    expect(await history.getByRole('link', { name: 'Tüm sürümler ve karşılaştırma' }).getAttribute('href')).toBe(
      `/admin/collections/advice/${advice.adviceId}/versions`,
    )
    // The versions tab itself names who saved each version, and marks the one readers see.
    await page.goto(`/admin/collections/advice/${advice.adviceId}/versions`)
    const table = page.locator('.rota-versions__table')
    await table.waitFor()
    expect(await table.locator('th').allInnerTexts()).toEqual(['Kaydedildiği zaman', 'Durum', 'Kaydeden'])
    expect(await table.locator('tbody tr').first().innerText()).toMatch(
      /Yayımlandı \(Türkçe\) · Şu an yayında\s+Site Editörü$/,
    )
    await table.locator('tbody tr').first().getByRole('link').click()
    await page.waitForURL(/\/versions\/[0-9a-f-]{36}/)
    await page.context().close()
  })

  it('a translator gets no people card, no recent changes and no link notice, and still reaches their account', async () => {
    const page = await ctx.newPage()
    await signInToAdmin(page, translator)
    await page.locator('.dashboard').waitFor()
    await page.waitForLoadState('networkidle')
    expect(await cards(page)).toContain('Reçeteler')
    expect(await cards(page)).not.toContain('Kullanıcılar')
    expect(await page.locator('.rota-recent-changes').count()).toBe(0)
    expect(await page.locator('.rota-broken-links').count()).toBe(0)
    await page.goto('/admin/account')
    await expect.poll(() => page.locator('#field-email').inputValue(), { timeout: 15_000 }).toBe(translator.email)
    await page.context().close()
  })

  it('the administrator gets the people card, the recent changes and the failed sign-ins, which open apart', async () => {
    const page = await ctx.newPage()
    await signInToAdmin(page, adminCredentials)
    await page.locator('.rota-recent-changes').waitFor()
    expect(await cards(page)).toContain('Kullanıcılar')
    const failures = page.locator('.rota-sign-in-failures')
    expect(await failures.locator('h2').innerText()).toBe('Başarısız girişler')
    await failures.getByRole('link', { name: 'Tüm başarısız girişler' }).click()
    await page.waitForURL(/\/admin\/collections\/sign-in-failures/)
    await expect.poll(() => page.locator('h1').innerText(), { timeout: 15_000 }).toContain('Başarısız girişler')
    await page.context().close()
  })
})
