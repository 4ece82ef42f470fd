import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { adminCredentials } from '@tests/support/browser-setup'
import { signInToAdmin, useBrowser } from '@tests/support/browser'
import { publishedAdvice, siteEditorPassword } from '@tests/support/site-api'

/**
 * A form someone else has open: the next person gets the form (not an error page) with
 * Payload's "document locked" notice, which says since when in Turkish, Istanbul time,
 * 24-hour. The notice is rendered on the server too: when it read the date's language from the
 * page (`document`), every such opening answered 500.
 */
const ctx = useBrowser()
const editorEmail = 'lock-editor@example.org'
let advice: Awaited<ReturnType<typeof publishedAdvice>>

beforeAll(async () => {
  advice = await publishedAdvice(ctx.baseUrl, editorEmail, 661, 'Kilitli soru?', 'Kilitli reçete')
})
afterAll(async () => advice?.remove())

describe('a form someone else is editing', () => {
  it('opens with the lock notice, since when in Turkish, not a server error', async () => {
    const form = `/admin/collections/advice/${advice.adviceId}?locale=en`
    const admin = await ctx.browser.newPage({ baseURL: ctx.baseUrl, locale: 'tr-TR' })
    await signInToAdmin(admin, adminCredentials)
    await admin.goto(form)
    await admin.waitForLoadState('networkidle')

    const editor = await ctx.browser.newPage({ baseURL: ctx.baseUrl, locale: 'tr-TR' })
    await signInToAdmin(editor, { email: editorEmail, password: siteEditorPassword })
    const answer = await editor.goto(form)
    expect(answer?.status()).toBe(200)
    const notice = editor.locator('#document-locked')
    await notice.waitFor({ timeout: 30_000 })
    expect(await notice.innerText()).toContain(adminCredentials.email)
    expect(await notice.locator('p strong').last().innerText()).toMatch(
      /^\d{1,2} (Ocak|Şubat|Mart|Nisan|Mayıs|Haziran|Temmuz|Ağustos|Eylül|Ekim|Kasım|Aralık) \d{4} \d{2}:\d{2}$/,
    )
    await admin.close()
    await editor.close()
  })
})
