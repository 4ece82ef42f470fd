import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { adminCredentials } from '@tests/support/browser-setup'
import { signInToAdmin, useBrowser } from '@tests/support/browser'
import { publishedAdvice, richText, siteApi, siteEditorPassword } from '@tests/support/site-api'

/**
 * Comments beside the form, in Turkish, as two people of the team use them: the administrator
 * writes a comment mentioning the editor (chosen from the names offered after "@"), the editor
 * finds it in the inbox ("Bildirimler", the unread count in the navigation), answers it in its thread and resolves it, and the resolved thread folds away; what the
 * administrator wrote is not the editor's to delete, their own answer is. A name is picked with
 * the keyboard alone as well, and an "@word" nobody was picked for is not sent. A comment on one
 * paragraph of the English draft names it, and shows in the comparison with the published text
 * in English, where a Turkish one does not.
 */
const ctx = useBrowser()
const editorEmail = 'comment-editor@example.org'
let advice: Awaited<ReturnType<typeof publishedAdvice>>

beforeAll(async () => {
  advice = await publishedAdvice(ctx.baseUrl, editorEmail, 660, 'Yorumlanan soru?', 'Yorumlanan reçete')
})
afterAll(async () => advice?.remove())

describe('comments beside the form', () => {
  it('mention, answer, resolve: in Turkish, threads fold once resolved', async () => {
    const form = `/admin/collections/advice/${advice.adviceId}?locale=tr`
    const admin = await ctx.browser.newPage({ baseURL: ctx.baseUrl, locale: 'tr-TR' })
    await signInToAdmin(admin, adminCredentials)
    await admin.goto(form)
    const panel = admin.locator('.rota-comments')
    await expect.poll(() => panel.locator('.rota-comments__title').innerText(), { timeout: 30_000 }).toBe('Yorumlar')
    expect(await panel.innerText()).toContain('Bu dilde açık yorum yok.')

    const box = panel.locator('textarea').last()
    await box.fill('Kaynak bağlantısı eski, bakar mısınız @Site')
    // Other tests' editors may share the name: any of them is "Site Editörü".
    await panel.getByRole('option', { name: 'Site Editörü' }).first().click()
    await expect.poll(() => box.inputValue(), { timeout: 10_000 }).toMatch(/@Site Editörü $/)
    // The click leaves the focus in the text, after the name: the typing goes on there.
    await admin.keyboard.type('lütfen. https://stgm.org.tr/kaynak')
    await panel.getByRole('button', { name: 'Gönder' }).click()
    const thread = panel.locator('.rota-comments__thread').first()
    await expect.poll(() => thread.innerText(), { timeout: 15_000 }).toContain('@Site Editörü lütfen.')
    expect(await thread.getByRole('link', { name: 'https://stgm.org.tr/kaynak' }).getAttribute('rel')).toContain(
      'noopener',
    )
    await admin.close()

    const editor = await ctx.browser.newPage({ baseURL: ctx.baseUrl, locale: 'tr-TR' })
    await signInToAdmin(editor, { email: editorEmail, password: siteEditorPassword })
    // The editor learns of the mention from the navigation's unread count and the inbox,
    // whose line opens the form in the comment's language and counts as read.
    await editor.goto('/admin')
    const unread = editor.locator('.rota-unread-notifications')
    await expect.poll(() => unread.innerText(), { timeout: 30_000 }).toMatch(/^\d+ okunmamış bildirim$/)
    // Followed by its address: the navigation may be folded away on the dashboard.
    await editor.goto((await unread.getAttribute('href'))!)
    // An advice is named by its question and choice (src/shared/text/titles.ts), as everywhere in the admin.
    const line = editor.getByRole('link', { name: 'Yorumda anıldınız: Reçete: Soru 660 · Seçenek 1 (Türkçe)' })
    await expect.poll(() => line.count(), { timeout: 30_000 }).toBe(1)
    const row = editor.locator('tr', { has: line })
    expect(await row.innerText()).toContain('Okunmadı')
    await line.click()
    await editor.waitForURL((url) => url.pathname === `/admin/collections/advice/${advice.adviceId}`)
    expect(new URL(editor.url()).searchParams.get('locale')).toBe('tr')
    const seen = editor.locator('.rota-comments__thread').first()
    await expect.poll(() => seen.innerText(), { timeout: 30_000 }).toContain('Kaynak bağlantısı eski')
    // The administrator's comment has no "Sil" for the editor.
    expect(await seen.getByRole('button', { name: 'Sil' }).count()).toBe(0)
    await seen.getByRole('button', { name: 'Yanıtla' }).click()
    await seen.locator('textarea').fill('Güncelledim.')
    await seen.getByRole('button', { name: 'Gönder' }).click()
    await expect.poll(() => seen.innerText(), { timeout: 15_000 }).toContain('Güncelledim.')
    await seen.getByRole('button', { name: 'Sil' }).click()
    await expect.poll(() => seen.innerText(), { timeout: 15_000 }).toContain('silindi')

    await seen.getByRole('button', { name: 'Çözüldü olarak işaretle' }).click()
    const folded = editor.locator('.rota-comments__resolved')
    await expect.poll(() => folded.locator('summary').innerText(), { timeout: 15_000 }).toBe('Çözülmüş konuşmalar (1)')
    expect(await folded.getAttribute('open')).toBeNull()
    expect(await editor.locator('.rota-comments').innerText()).toContain('Bu dilde açık yorum yok.')

    // The mention reached the server with the comment.
    const { json } = await fetch(
      `${ctx.baseUrl}/api/comments?where[doc.value][equals]=${advice.adviceId}&depth=1&sort=createdAt`,
      { headers: { Authorization: `JWT ${advice.token}` } },
    ).then(async (response) => ({
      json: (await response.json()) as { docs: Array<{ mentions?: Array<{ email: string }> }> },
    }))
    expect(json.docs[0].mentions?.map((person) => person.email)).toEqual([editorEmail])

    // Back in the inbox the mention reads "Okundu"; "Tümünü okundu say" clears the rest.
    await editor.goto('/admin/collections/notifications')
    await expect.poll(() => editor.locator('tr', { has: line }).innerText(), { timeout: 30_000 }).toContain('Okundu')
    await editor.getByRole('button', { name: 'Tümünü okundu say' }).click()
    await expect
      .poll(() => editor.locator('.rota-unread-notifications').innerText(), { timeout: 30_000 })
      .toBe('Okunmamış bildirim yok')
    await editor.close()
  })
})

describe('a mention by keyboard alone', () => {
  it('arrows and Enter pick the name; an "@word" nobody was picked for holds the comment back', async () => {
    const { call, login } = siteApi(ctx.baseUrl)
    const email = 'comment-can@example.org'
    const adminToken = await login(adminCredentials)
    await call('users', {
      method: 'POST',
      token: adminToken,
      body: JSON.stringify({ email, password: siteEditorPassword, name: 'Can Çevirmen', role: 'editor' }),
    })
    const page = await ctx.browser.newPage({ baseURL: ctx.baseUrl, locale: 'tr-TR' })
    await signInToAdmin(page, adminCredentials)
    await page.goto(`/admin/collections/advice/${advice.adviceId}?locale=tr`)
    const panel = page.locator('.rota-comments')
    const box = panel.locator('textarea').last()
    await expect.poll(() => box.count(), { timeout: 30_000 }).toBe(1)
    await box.click()
    await page.keyboard.type('Çeviriyi @Ca')
    const can = panel.getByRole('option', { name: 'Can Çevirmen' })
    await expect.poll(() => can.count(), { timeout: 10_000 }).toBe(1)
    // Escape closes the list; sent as it is, "@Ca" would mention nobody, and the form says so.
    await page.keyboard.press('Escape')
    expect(await panel.getByRole('listbox').count()).toBe(0)
    await panel.getByRole('button', { name: 'Gönder' }).click()
    const warning = panel.getByRole('alert')
    await expect
      .poll(() => warning.innerText(), { timeout: 10_000 })
      .toBe('“@Ca” kimseyi anmıyor: listeden bir kişi seçin ya da @ işaretini kaldırın.')
    expect(await box.getAttribute('aria-invalid')).toBe('true')
    expect(await panel.locator('.rota-comments__thread', { hasText: 'Çeviriyi' }).count()).toBe(0)

    // The focus is back in the text: one more letter offers the name again, the arrow marks it.
    await page.keyboard.type('n')
    await expect.poll(() => can.count(), { timeout: 10_000 }).toBe(1)
    await page.keyboard.press('ArrowDown')
    expect(await can.getAttribute('aria-selected')).toBe('true')
    expect(await box.getAttribute('aria-activedescendant')).toBe(await can.getAttribute('id'))
    await page.keyboard.press('Enter')
    // Enter picked it (no new line), the warning went, and the typing goes on after the name.
    expect(await box.inputValue()).toBe('Çeviriyi @Can Çevirmen ')
    expect(await warning.count()).toBe(0)
    await page.keyboard.type('bakar mısın?')
    expect(await box.inputValue()).toBe('Çeviriyi @Can Çevirmen bakar mısın?')
    await panel.getByRole('button', { name: 'Gönder' }).click()
    const thread = panel.locator('.rota-comments__thread', { hasText: 'Çeviriyi' })
    await expect.poll(() => thread.count(), { timeout: 15_000 }).toBe(1)
    // Read as the administrator: an editor sees no one's account but their own.
    const { json } = await call(`comments?where[text][contains]=Çeviriyi&depth=1`, { token: adminToken })
    expect(json.docs[0].mentions.map((person: { email: string }) => person.email)).toEqual([email])
    await page.close()
  })
})

describe('a comment on one paragraph, and in the comparison', () => {
  it('names its paragraph beside the form and shows in the comparison of that language', async () => {
    const second =
      'İkinci paragrafın ilk kelimeleri burada, gerisi seçimde kısaltılarak gösterilecek kadar uzun bir cümle.'
    const draft = await fetch(`${ctx.baseUrl}/api/advice/${advice.adviceId}?locale=en&draft=true`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${advice.token}` },
      body: JSON.stringify({ body: richText('The English draft begins.', second) }),
    })
    expect(draft.status).toBe(200)
    // A Turkish thread on the same document, which the English comparison leaves out.
    const turkish = await fetch(`${ctx.baseUrl}/api/comments`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${advice.token}` },
      body: JSON.stringify({
        doc: { relationTo: 'advice', value: advice.adviceId },
        locale: 'tr',
        text: 'Türkçe metne dair yorum',
        parent: null,
      }),
    })
    expect(turkish.status).toBe(201)

    const page = await ctx.browser.newPage({ baseURL: ctx.baseUrl, locale: 'tr-TR' })
    await signInToAdmin(page, adminCredentials)
    await page.goto(`/admin/collections/advice/${advice.adviceId}?locale=en`)
    const panel = page.locator('.rota-comments')
    const choice = panel.getByLabel('Hangi paragraf hakkında?')
    await expect.poll(() => choice.locator('option').count(), { timeout: 30_000 }).toBe(3)
    const options = await choice.locator('option').allInnerTexts()
    expect(options[0]).toBe('Belgenin tümü')
    expect(options[1]).toBe('The English draft begins.')
    // The long one by its first words.
    expect(options[2]).toMatch(/^İkinci paragrafın ilk kelimeleri .*…$/)
    expect(second.startsWith(options[2].slice(0, -1))).toBe(true)
    await choice.selectOption({ label: options[2] })
    await panel.locator('textarea').last().fill('Bu paragrafta “kurul” çevirisi eksik.')
    await panel.getByRole('button', { name: 'Gönder' }).click()
    const thread = panel.locator('.rota-comments__thread', { hasText: 'kurul' })
    await expect.poll(() => thread.count(), { timeout: 15_000 }).toBe(1)
    expect(await thread.locator('.rota-comments__paragraph').innerText()).toBe(`Şu paragraf hakkında: “${options[2]}”`)
    expect(await panel.innerText()).not.toContain('Türkçe metne dair yorum')
    // After sending, the choice is back on the whole document.
    expect(await choice.inputValue()).toBe('')

    // "Yayımdaki metinle karşılaştır" leads to the comparison of the published text with the
    // English draft; its comments are there, in English only.
    await page.goto(`/api/published-comparison/advice/${advice.adviceId}?locale=en`)
    await page.waitForURL((url) => /\/versions\/[^/]+$/.test(url.pathname))
    const compared = page.locator('.rota-comments--comparison')
    await expect
      .poll(() => compared.locator('.rota-comments__title').innerText(), { timeout: 30_000 })
      .toBe('Yorumlar (İngilizce)')
    const there = compared.locator('.rota-comments__thread', { hasText: 'kurul' })
    await expect.poll(() => there.count(), { timeout: 15_000 }).toBe(1)
    // The thread shows once the comments are read; the paragraph it is about once the paragraphs
    // are, a fetch of their own that may answer later.
    await expect.poll(() => there.innerText(), { timeout: 15_000 }).toContain(`Şu paragraf hakkında: “${options[2]}”`)
    expect(await compared.innerText()).not.toContain('Türkçe metne dair yorum')
    // The same threads: answered there, the answer is beside the form too.
    await there.getByRole('button', { name: 'Yanıtla' }).click()
    await there.locator('textarea').fill('Karşılaştırırken gördüm, düzeltiyorum.')
    await there.getByRole('button', { name: 'Gönder' }).click()
    await expect.poll(() => there.innerText(), { timeout: 15_000 }).toContain('Karşılaştırırken gördüm')
    // The versions list is not a comparison: no threads there.
    await page.goto(`/admin/collections/advice/${advice.adviceId}/versions`)
    await expect.poll(() => page.locator('.rota-versions').count(), { timeout: 30_000 }).toBe(1)
    expect(await page.locator('.rota-comments').count()).toBe(0)
    await page.goto(`/admin/collections/advice/${advice.adviceId}?locale=en`)
    await expect
      .poll(() => page.locator('.rota-comments__thread', { hasText: 'kurul' }).innerText(), { timeout: 30_000 })
      .toContain('Karşılaştırırken gördüm')
    await page.close()
  })
})
