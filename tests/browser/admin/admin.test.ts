import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'

import { signInToAdmin, useBrowser } from '@tests/support/browser'
import { seriousViolations } from '@tests/support/axe'
import { adminCredentials } from '@tests/support/browser-setup'
import { publishedAdvice, richText, siteApi } from '@tests/support/site-api'

const ctx = useBrowser()
const editor = { email: 'editor@example.org', password: 'editor-password-123' }
const translator = { email: 'translator@example.org', password: 'translator-password-123' }

const { call: api, login } = siteApi(ctx.baseUrl)

beforeAll(async () => {
  const adminToken = await login(adminCredentials)
  const created = await api('users', {
    method: 'POST',
    token: adminToken,
    body: JSON.stringify({ ...editor, name: 'Ayşe Editör', role: 'editor' }),
  })
  expect(created.status).toBe(201)
  const translatorCreated = await api('users', {
    method: 'POST',
    token: adminToken,
    body: JSON.stringify({ ...translator, name: 'John Translator', role: 'translator', languages: ['en'] }),
  })
  expect(translatorCreated.status).toBe(201)
})

async function signIn(credentials: { email: string; password: string }) {
  const page = await ctx.newPage({ locale: 'en-US' })
  await signInToAdmin(page, credentials)
  return page
}

/**
 * Opens an advice from the list by its title link. Under load (the full suite, twice in CI) a
 * click right after the list appeared was lost: the address never changed, while the same click
 * once the admin had finished loading its scripts and data always worked. So the click waits
 * until the page is idle, as an editor's does.
 */
async function openFromList(page: Page, title: string) {
  await page.goto('/admin/collections/advice?limit=50')
  await page.waitForLoadState('networkidle')
  await Promise.all([
    page.waitForURL(/\/admin\/collections\/advice\/[0-9a-f-]{36}/, { waitUntil: 'commit' }),
    page.getByRole('link', { name: title }).click(),
  ])
}

describe('admin', () => {
  it('an editor signs in to a Turkish admin (even from an English browser) and opens the real advice, faithfully', async () => {
    const page = await signIn(editor)
    await expect(page.getByRole('link', { name: 'Reçeteler' }).first().isVisible()).resolves.toBe(true)
    expect(await page.getAttribute('html', 'lang')).toBe('tr')

    await openFromList(page, 'Soru 16 · Seçenek 2')
    const editorBox = page.locator('[data-field-path="body"] [data-lexical-editor="true"]')
    await editorBox.waitFor()
    const text = await editorBox.innerText()
    expect(text).toContain('1. Plan yapın:')
    expect(text).not.toContain('1\\.')
    expect(text).not.toContain('<u>')
    expect(await editorBox.locator('a', { hasText: 'UNFPA-STGM Ortak Eğitimleri: TikTok' }).count()).toBe(1)
    // Publishing is "yayımlamak" here as on the site (Payload's own text: "Türkçe dilinde yayınlayın.").
    expect(await page.getByRole('button', { name: 'Yayımla: Türkçe' }).count()).toBe(1)
    expect(await page.locator('.translator-notice').count()).toBe(0)
    // The import record is there for editors, folded. Payload's collapsible renders nothing until
    // it has read its folded state from the preferences API (a fetch of its own): wait for it.
    const record = page.locator('.collapsible', { hasText: 'İçe aktarma kaydı' })
    await expect.poll(() => record.count(), { timeout: 15_000 }).toBe(1)
    expect(await page.locator('#field-source__path').isVisible()).toBe(false)
  })

  it('a translator is told why the Turkish text is read-only and where to translate it', async () => {
    const page = await signIn(translator)
    await openFromList(page, 'Soru 16 · Seçenek 2')
    const notice = page.locator('.translator-notice')
    // A translator's forms open in their own language, not in Turkish they may only read.
    await expect(notice.innerText()).resolves.toContain('İngilizce çeviriniz taslak olarak kaydedilir')
    await page.goto(page.url().split('?')[0] + '?locale=tr')
    await expect(notice.innerText()).resolves.toContain(
      'Türkçe metinleri yalnızca editörler değiştirebilir. Sizin çeviri diliniz: İngilizce.',
    )
    expect(await page.locator('.default-language-text').count()).toBe(0)
    await page.goto(page.url().split('?')[0] + '?locale=en')
    await expect(notice.innerText()).resolves.toContain('İngilizce çeviriniz taslak olarak kaydedilir')
    // The Turkish original stays in view while the English text is written.
    const original = page.locator('.default-language-text')
    await expect(original.innerText()).resolves.toContain('1. Plan yapın:')
    expect(await original.locator('a', { hasText: 'UNFPA-STGM Ortak Eğitimleri: TikTok' }).count()).toBe(1)
    expect(await page.getByRole('button', { name: 'Taslağı kaydet' }).count()).toBe(1)
    expect(await page.getByText('İçe aktarma kaydı').count()).toBe(0)
  })

  // Payload's own widgets on these screens have axe findings of their own (react-select inputs
  // without labels, sort buttons under 24 px, grey text below 4.5:1), and its versions list
  // names a column it has no label for "{{label}}"; both are Payload's to fix and left out here.
  // What we render (every element with a `rota-` class, less Payload's select widget inside one)
  // must pass, and no label of ours may reach
  // a screen reader as "[object Object]".
  it('the main admin screens say real Turkish to screen readers, and our own panels pass axe', async () => {
    const page = await signIn(editor)
    await openFromList(page, 'Soru 16 · Seçenek 2')
    const advice = page.url().split('?')[0]
    const found: string[] = []
    const screens = [
      '/admin',
      '/admin/collections/advice',
      advice,
      `${advice}/versions`,
      '/admin/collections/activity-log',
    ]
    for (const screen of screens) {
      await page.goto(screen)
      await page.waitForLoadState('networkidle')
      const labels = await page
        .locator('[aria-label]')
        .evaluateAll((elements) => elements.map((e) => e.getAttribute('aria-label') ?? ''))
      expect(labels.length, screen).toBeGreaterThan(0)
      found.push(
        ...labels
          .filter((label) => /\[object Object\]|\{\{|undefined/.test(label))
          .filter((label) => !(screen.endsWith('/versions') && label.startsWith('{{label}} göre sırala')))
          .map((label) => `${screen}: ${label}`),
      )
      found.push(...(await seriousViolations(page, '[class*="rota-"]', '.react-select')).map((v) => `${screen}: ${v}`))
    }
    await page.context().close()
    expect(found).toEqual([])
  })

  it('the editor has a fixed toolbar named in Turkish, and removing a link asks first', async () => {
    const page = await signIn(editor)
    await openFromList(page, 'Soru 16 · Seçenek 2')
    const toolbar = page.locator('[data-field-path="body"] .fixed-toolbar').first()
    await toolbar.waitFor()
    const named = async (key: string) => {
      const button = toolbar.locator(`[data-button-key="${key}"]`)
      await expect.poll(() => button.getAttribute('title')).not.toBeNull()
      return [await button.getAttribute('title'), await button.getAttribute('aria-label')]
    }
    expect(await named('bold')).toEqual(['Kalın', 'Kalın'])
    expect(await named('italic')).toEqual(['İtalik', 'İtalik'])
    expect(await named('link')).toEqual(['Bağlantı', 'Bağlantı'])
    // Lists and headings are in the block dropdown, itself named.
    expect(await toolbar.locator('[data-dropdown-key="text"]').getAttribute('aria-label')).toBe(
      'Başlık, paragraf ya da liste',
    )

    // Inside a link, the link button would remove it at once: it asks, and "Vazgeç" keeps it.
    const link = page.locator('[data-field-path="body"] [data-lexical-editor="true"] a', {
      hasText: 'UNFPA-STGM Ortak Eğitimleri: TikTok',
    })
    // The link wraps across lines inside a list item: click on its first letters.
    await link.click({ position: { x: 4, y: 4 }, force: true })
    const linkButton = toolbar.locator('[data-button-key="link"]')
    await expect.poll(() => linkButton.getAttribute('class')).toContain('active')
    const asked: string[] = []
    page.once('dialog', (dialog) => {
      asked.push(dialog.message())
      void dialog.dismiss()
    })
    await linkButton.click()
    expect(asked).toEqual(['Bu bağlantı kaldırılsın mı? Metin kalır, yalnızca bağlantı silinir.'])
    expect(await link.count()).toBe(1)
    await page.context().close()
  })

  it('opening "create new" for an advice creates nothing until the editor saves', async () => {
    const token = await login(editor)
    const count = async () => (await api('advice?limit=1&draft=true&depth=0', { token })).json.totalDocs as number
    const before = await count()
    const page = await signIn(editor)
    await page.goto('/admin/collections/advice/create')
    await page.locator('[data-field-path="body"]').waitFor()
    await page.waitForLoadState('networkidle')
    expect(page.url()).toMatch(/\/admin\/collections\/advice\/create$/)
    expect(await count()).toBe(before)
    await page.context().close()
  })

  it('a translator is not offered the controls the server refuses them; an editor is', async () => {
    const own = await publishedAdvice(ctx.baseUrl, 'controls-editor@example.org', 650, 'Denetim sorusu?', 'Reçete.')
    const translatorToken = await login(translator)
    const english = await api(`advice/${own.adviceId}?locale=en&draft=true`, {
      method: 'PATCH',
      token: translatorToken,
      body: JSON.stringify({ body: richText('Advice.') }),
    })
    expect(english.status).toBe(200)
    const review = await api(`advice/${own.adviceId}?locale=en&draft=true`, {
      method: 'PATCH',
      token: own.token,
      body: JSON.stringify({ reviewState: 'changes_requested', reviewComment: 'Kısaltın.' }),
    })
    expect(review.status).toBe(200)
    const question = (await api('questions?where[number][equals]=650&depth=0', { token: own.token })).json.docs[0]
    const versions = await api(`advice/versions?where[parent][equals]=${own.adviceId}&sort=createdAt&depth=0`, {
      token: own.token,
    })
    const firstVersion = versions.json.docs[0].id as string

    for (const [person, offered] of [
      [translator, false],
      [editor, true],
    ] as const) {
      const page = await signIn(person)
      /** The control is on the page (Payload renders it) and shown only to those it is offered to. */
      const shown = async (selector: string) => {
        const control = page.locator(selector).first()
        await control.waitFor({ state: 'attached' })
        await page.waitForLoadState('networkidle')
        await expect.poll(() => control.isVisible(), { timeout: 10_000 }).toBe(offered)
      }
      await page.goto(`/admin/collections/advice/${own.adviceId}?locale=en`)
      await shown('#action-revert-to-published')
      // The status itself is read by everyone.
      expect(await page.locator('.status__value').innerText()).toBe('Değişiklik yapıldı')
      expect(await page.locator('.status__value').isVisible()).toBe(true)
      await shown('.rota-review-state .clear-indicator')
      await page.goto(`/admin/collections/questions/${question.id}?locale=en`)
      await shown('.relationship-table__add-new')
      await page.goto(`/admin/collections/advice/${own.adviceId}/versions/${firstVersion}`)
      await shown('.restore-version')
      await page.context().close()
    }
    await own.remove()
  })

  it('a published change reaches the public page and reports, which are otherwise served from cache', async () => {
    const token = await login(editor)
    await fetch(`${ctx.baseUrl}/tr/questions/3`)
    // A report is kept by the server byte for byte (src/cli/page-copies.ts): asked twice, then
    // after the publish it must show the new text too.
    const report = `${ctx.baseUrl}/tr/assessment/report?q3=1&d=2026-11-29`
    await fetch(report)
    expect(await (await fetch(report)).text()).not.toContain('Hayır, henüz stratejik planımız yok.')
    const { json } = await api('choices?where[questionNumber][equals]=3&where[number][equals]=1&locale=tr', { token })
    const choice = json.docs[0]
    const updated = await api(`choices/${choice.id}?locale=tr`, {
      method: 'PATCH',
      token,
      body: JSON.stringify({ label: 'Hayır, henüz stratejik planımız yok.', _status: 'published' }),
    })
    expect(updated.status).toBe(200)
    const page = await ctx.newPage()
    await page.goto('/tr/questions/3')
    expect(await page.locator('#choice-1 h3').innerText()).toContain('Hayır, henüz stratejik planımız yok.')
    expect(await (await fetch(report)).text()).toContain('Hayır, henüz stratejik planımız yok.')
  })

  it('the list’s column picker offers real columns only (no English "Translation Aid")', async () => {
    const page = await signIn(editor)
    await page.goto('/admin/collections/advice')
    await page.waitForLoadState('networkidle')
    await page.locator('#toggle-list-columns').click()
    const pills = page.locator('.pill-selector__pill')
    await pills.first().waitFor()
    const names = await pills.allInnerTexts()
    expect(names).toContain('Seçenek')
    expect(names.join(' | ')).not.toMatch(/Translation Aid|Çeviri yardımı/)
    await page.context().close()
  })

  it('a duplicate question number is refused on the number field with a Turkish message', async () => {
    const token = await login(editor)
    const { status, json } = await api('questions', {
      method: 'POST',
      token,
      body: JSON.stringify({ number: 16, text: 'Kopya', _status: 'published' }),
    })
    expect(status).toBe(400)
    expect(json.errors[0].data.errors[0]).toEqual({
      path: 'number',
      message: 'Bu numarayla bir soru zaten var. Başka bir numara seçin.',
    })
  })
})
