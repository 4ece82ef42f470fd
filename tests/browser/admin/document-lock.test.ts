import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { adminCredentials } from '@tests/support/browser-setup'
import { signInToAdmin, useBrowser } from '@tests/support/browser'
import { publishedAdvice, siteApi, siteEditorPassword } from '@tests/support/site-api'

/**
 * A form someone else has open: the next person gets the form (not an error page) with
 * Payload's "document locked" notice, which says since when in Turkish, Istanbul time,
 * 24-hour. The notice is rendered on the server too: when it read the date's language from the
 * page (`document`), every such opening answered 500. The administrator's lock is placed as
 * Payload's form places it, in the locks collection: typing in the form did not leave one (the
 * advice's autosave wrote the draft and no lock was found afterwards).
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
    const api = siteApi(ctx.baseUrl)
    const adminToken = await api.login(adminCredentials)
    const me = await api.call('users/me', { token: adminToken })
    const lock = await api.call('payload-locked-documents', {
      method: 'POST',
      token: adminToken,
      body: JSON.stringify({
        document: { relationTo: 'advice', value: advice.adviceId },
        globalSlug: null,
        user: { relationTo: 'users', value: me.json.user.id },
      }),
    })
    expect(lock.status).toBe(201)

    const editor = await ctx.browser.newPage({ baseURL: ctx.baseUrl, locale: 'tr-TR' })
    await signInToAdmin(editor, { email: editorEmail, password: siteEditorPassword })
    const answer = await editor.goto(`/admin/collections/advice/${advice.adviceId}?locale=en`)
    expect(answer?.status()).toBe(200)
    const notice = editor.locator('#document-locked')
    await notice.waitFor({ timeout: 30_000 })
    // Who holds the lock is named by account id: an editor may not read other accounts, and
    // Payload's notice falls back to the id (left as it is; see the closing note of issue 24).
    expect(await notice.innerText()).toContain('şu anda bu belgeyi düzenliyor')
    expect(await notice.locator('p strong').last().innerText()).toMatch(
      /^\d{1,2} (Ocak|Şubat|Mart|Nisan|Mayıs|Haziran|Temmuz|Ağustos|Eylül|Ekim|Kasım|Aralık) \d{4} \d{2}:\d{2}$/,
    )
    await editor.close()
    await api.call(`payload-locked-documents/${lock.json.doc.id}`, { method: 'DELETE', token: adminToken })
  })
})
