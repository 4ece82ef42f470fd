import { beforeAll, describe, expect, it, vi } from 'vitest'

import { signInToAdmin, useBrowser } from '@tests/support/browser'
import { richText, siteApi, siteEditorPassword } from '@tests/support/site-api'

/**
 * An editor's new question with three answers and their advice, all saved as drafts, goes
 * live in one step from the question's form; the advice form warns first that its page is
 * not visible. The status labels are read before and after.
 */
const ctx = useBrowser()
const number = 670
const editorEmail = 'together-editor@example.org'
let questionId: string
let adviceIds: string[]

/** The form sidebar's "Yayın durumu": live or not, and which languages have changes waiting. */
const publishingState = async (page: Awaited<ReturnType<typeof ctx.newPage>>) => {
  const state = page.locator('.rota-publishing-state-field .rota-publishing-state')
  await state.waitFor()
  return state.innerText()
}

beforeAll(async () => {
  // The editor starts the question in the admin, as a draft; its answers and advice follow
  // (over the API, as drafts: the admin's forms for them are tested elsewhere).
  const { call, editorToken } = siteApi(ctx.baseUrl)
  const token = await editorToken(editorEmail)
  const page = await ctx.newPage()
  await signInToAdmin(page, { email: editorEmail, password: siteEditorPassword })
  await page.goto('/admin/collections/questions/create')
  await page.locator('#field-number').fill(String(number))
  await page.locator('#field-text').fill('Birlikte yayımlanacak soru?')
  await page.getByRole('button', { name: 'Taslağı kaydet' }).click()
  await page.waitForURL(/\/admin\/collections\/questions\/[0-9a-f-]{36}/)
  questionId = page.url().split('/').pop()!.split('?')[0]
  expect(await publishingState(page)).toBe('Taslak: hiç yayımlanmadı')
  await page.context().close()

  const draft = async (collection: string, data: object) =>
    (await call(`${collection}?locale=tr&draft=true`, { method: 'POST', token, body: JSON.stringify(data) })).json
      .doc as { id: string }
  adviceIds = []
  for (const n of [1, 2, 3]) {
    const choice = await draft('choices', { question: questionId, number: n, label: `Cevap ${n}.` })
    adviceIds.push((await draft('advice', { choice: choice.id, body: richText(`Reçete ${n}.`) })).id)
  }
})

describe('publishing a question page in one step', () => {
  it('the advice form warns that its page is not visible, listing what is missing', async () => {
    const page = await ctx.newPage()
    await signInToAdmin(page, { email: editorEmail, password: siteEditorPassword })
    await page.goto(`/admin/collections/advice/${adviceIds[0]}`)
    const box = page.locator('.rota-publish-together')
    await box.waitFor()
    expect(await box.locator('p').first().innerText()).toContain('Bu sayfa okurlara eksik görünecek')
    const listed = await box.locator('li').allInnerTexts()
    expect(listed).toHaveLength(7)
    expect(listed[0]).toBe(`Soru ${number}: Birlikte yayımlanacak soru?`)
    expect(listed).toContain(`Reçete: Soru ${number} · Seçenek 1 (bu belge)`)
    expect(await page.locator('.status__value').innerText()).toBe('Taslak')
    expect(await publishingState(page)).toBe('Taslak: hiç yayımlanmadı')
    await page.context().close()
  })

  it("the question's form publishes the question, its answers and their advice with one click", async () => {
    expect((await fetch(`${ctx.baseUrl}/tr/questions/${number}`)).status).toBe(404)
    const page = await ctx.newPage()
    await signInToAdmin(page, { email: editorEmail, password: siteEditorPassword })
    await page.goto(`/admin/collections/questions/${questionId}`)
    const box = page.locator('.rota-publish-together')
    await box.waitFor()
    expect(await box.locator('p').first().innerText()).toContain('Bu soru sayfasının yayımlanmamış parçaları var')
    expect(await page.locator('.status__value').innerText()).toBe('Taslak')
    await Promise.all([
      page.waitForEvent('load'),
      box.getByRole('button', { name: 'Hepsini birlikte yayımla: Türkçe' }).click(),
    ])
    await page.waitForLoadState('networkidle')
    // Nothing left to publish, and every label says so.
    expect(await page.locator('.rota-publish-together').count()).toBe(0)
    expect(await page.locator('.status__value').innerText()).toBe('Yayımlandı')
    expect(await publishingState(page)).toBe('Yayında')
    // Payload's join table is drawn by a request of its own after the form mounts.
    await expect
      .poll(() => page.locator('.relationship-table tbody tr td:last-child').allInnerTexts(), { timeout: 15_000 })
      .toEqual(['Yayında', 'Yayında', 'Yayında'])
    await page.goto(`/admin/collections/advice/${adviceIds[2]}`)
    await page.locator('.status__value').waitFor()
    expect(await page.locator('.status__value').innerText()).toBe('Yayımlandı')
    expect(await publishingState(page)).toBe('Yayında')
    expect(await page.locator('.rota-publish-together').count()).toBe(0)
    await page.context().close()

    // Readers get the page with its three answers and their advice.
    const reader = await ctx.newPage()
    await reader.goto(`/tr/questions/${number}`)
    expect(await reader.locator('h1').innerText()).toContain('Birlikte yayımlanacak soru?')
    expect(await reader.locator('.advice').allInnerTexts()).toEqual(['Reçete 1.', 'Reçete 2.', 'Reçete 3.'])
  })

  it("a waiting English draft is named in the list and on the form, until the admin's button publishes it", async () => {
    const { call, login } = siteApi(ctx.baseUrl)
    const token = await login({ email: editorEmail, password: siteEditorPassword })
    const draft = await call(`questions/${questionId}?locale=en&draft=true`, {
      method: 'PATCH',
      token,
      body: JSON.stringify({ text: 'A question published together?' }),
    })
    expect(draft.status).toBe(200)

    const page = await ctx.newPage()
    await signInToAdmin(page, { email: editorEmail, password: siteEditorPassword })
    await page.goto(`/admin/collections/questions?where[number][equals]=${number}`)
    // The list shows this question only (and, once English is being edited, in English).
    const row = page.locator('tbody tr').first()
    await row.waitFor()
    expect(await row.locator('.rota-publishing-state').innerText()).toBe('Yayında · bekleyen değişiklik: İngilizce')

    await page.goto(`/admin/collections/questions/${questionId}?locale=en`)
    expect(await publishingState(page)).toBe('Yayında · bekleyen değişiklik: İngilizce')
    await page.getByRole('button', { name: 'Yayımla: İngilizce' }).click()
    await expect.poll(() => publishingState(page), { timeout: 15_000 }).toBe('Yayında')
    await page.goto(`/admin/collections/questions?where[number][equals]=${number}`)
    await row.waitFor()
    expect(await row.locator('.rota-publishing-state').innerText()).toBe('Yayında')
    await page.context().close()
  })

  it("a choice's form lists an advice added from it in a drawer, without a reload", async () => {
    const { call, login } = siteApi(ctx.baseUrl)
    const token = await login({ email: editorEmail, password: siteEditorPassword })
    const choice = (
      await call('choices?locale=tr&draft=true', {
        method: 'POST',
        token,
        body: JSON.stringify({ question: questionId, number: 4, label: 'Cevap 4.' }),
      })
    ).json.doc as { id: string }
    const page = await ctx.newPage()
    await signInToAdmin(page, { email: editorEmail, password: siteEditorPassword })
    await page.goto(`/admin/collections/choices/${choice.id}?locale=tr`)
    await page.waitForLoadState('networkidle')
    await publishingState(page)
    // Only the choice itself is unpublished: its own button is enough, nothing is listed.
    const box = page.locator('.rota-publish-together')
    expect(await box.count()).toBe(0)

    // The editor adds the choice's advice from its form, in a drawer, and saves it as a draft.
    await page.locator('.relationship-table__add-new').click()
    const drawer = page.locator('.drawer__content').last()
    const body = drawer.locator('[data-field-path="body"] [data-lexical-editor="true"]')
    await expect.poll(() => body.getAttribute('contenteditable'), { timeout: 15_000 }).toBe('true')
    // The drawer's form reads its state from the server as it opens: typed once that has settled,
    // and again until the editor shows the text.
    await page.waitForLoadState('networkidle')
    await vi.waitFor(
      async () => {
        await body.click()
        await page.keyboard.press('Control+A')
        await page.keyboard.type('Reçete 4.')
        await page.waitForLoadState('networkidle')
        expect(await body.innerText()).toBe('Reçete 4.')
      },
      { timeout: 30_000, interval: 1000 },
    )
    const created = async () =>
      (await call(`advice?where[choice][equals]=${choice.id}&draft=true&depth=0`, { token })).json.totalDocs as number
    const save = drawer.getByRole('button', { name: 'Taslağı kaydet' })
    // Saved (the advice exists) after a click; a click the busy form did not take is made again.
    await vi.waitFor(
      async () => {
        if ((await created()) > 0) return
        await expect.poll(() => save.isEnabled(), { timeout: 15_000 }).toBe(true)
        await save.click()
        const toast = page.locator('.payload-toast-item').last()
        await toast.waitFor({ timeout: 10_000 }).catch(() => undefined)
        const refused = page.locator('.payload-toast-item[data-type=error]')
        if (await refused.count()) throw new Error(`not saved: ${await refused.last().innerText()}`)
        await expect.poll(created, { timeout: 10_000 }).toBe(1)
      },
      { timeout: 60_000, interval: 1000 },
    )
    expect(await created()).toBe(1)
    await page.keyboard.press('Escape')
    await expect.poll(() => page.locator('.drawer__content').count(), { timeout: 15_000 }).toBe(0)

    // The choice's form now lists both, and one click publishes them.
    await expect.poll(() => box.locator('li').count(), { timeout: 15_000 }).toBe(2)
    const listed = await box.locator('li').allInnerTexts()
    expect(listed[0]).toContain('(bu belge)')
    expect(listed[1]).toMatch(/^Reçete: Soru 670 · Seçenek 4$/)
    await Promise.all([
      page.waitForEvent('load'),
      box.getByRole('button', { name: 'Hepsini birlikte yayımla: Türkçe' }).click(),
    ])
    await page.waitForLoadState('networkidle')
    expect(await page.locator('.rota-publish-together').count()).toBe(0)
    const reader = await fetch(`${ctx.baseUrl}/tr/questions/${number}/4`)
    expect(await reader.text()).toContain('Reçete 4.')
    await page.context().close()
  })
})
