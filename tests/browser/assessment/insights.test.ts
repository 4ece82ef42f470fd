import { randomUUID } from 'node:crypto'

import { createClient } from '@libsql/client'
import { describe, expect, inject, it } from 'vitest'

import { seriousViolations } from '@tests/support/axe'
import { signInToAdmin, useBrowser } from '@tests/support/browser'
import { adminCredentials } from '@tests/support/browser-setup'

/**
 * Issue 26 as a reader meets it: the offer to add the report's answers to the anonymous
 * statistics (a plain form, no JavaScript needed), and "Örgütler arasında" once k organisations
 * answered, on a phone and a desktop, with axe.
 */
const ctx = useBrowser()
// The server runs with the default INSIGHTS_MIN_GROUP.
const k = 10

/** k−1 contributions choosing answer 2 of question 16 (the sample content's), stored as the form stores them. */
async function contributionsBeforeOurs() {
  const db = createClient({ url: inject('databaseUri') })
  try {
    const question = (await db.execute('select id from questions where number = 16')).rows[0]!.id as string
    const choice = (
      await db.execute({ sql: 'select id from choices where question_id = ? and number = 2', args: [question] })
    ).rows[0]!.id as string
    const answers = JSON.stringify([{ question, questionNumber: 16, choice, choiceNumber: 2 }])
    for (let i = 0; i < k - 1; i++)
      await db.execute({
        sql: "insert into assessment_contributions (id, month, size, field, region, answers) values (?, '2026-12', '6-20', 'none', 'none', ?)",
        args: [randomUUID(), answers],
      })
  } finally {
    db.close()
  }
}

async function pageAt(width: number, javaScriptEnabled: boolean) {
  const context = await ctx.browser.newContext({
    baseURL: ctx.baseUrl,
    locale: 'tr-TR',
    javaScriptEnabled,
    viewport: { width, height: 900 },
  })
  return context.newPage()
}

const noSideways = (page: Awaited<ReturnType<typeof pageAt>>) =>
  page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)

describe('anonymous statistics on the report', () => {
  it('offers the answers without JavaScript, and shows the comparison once k organisations answered', async () => {
    await contributionsBeforeOurs()
    const page = await pageAt(375, false)
    await page.goto('/tr/assessment/report?q16=2')
    const offer = page.locator('#share')
    expect(await offer.locator('h2').innerText()).toBe('Cevaplarımı anonim istatistiklere ekle')
    // No figure with k−1.
    expect(await page.locator('.benchmark').count()).toBe(0)
    expect(await page.locator('#benchmark').innerText()).toContain(`en az ${k} örgüt cevapladığında`)
    // The form: the answers as hidden fields and a token; the privacy text before the button.
    const form = offer.locator('form[method=post][action="/tr/assessment/share"]')
    expect(await form.locator('input[type=hidden][name=q16]').getAttribute('value')).toBe('2')
    expect(await form.locator('input[type=hidden][name=token]').getAttribute('value')).toMatch(/^\d{13}\./)
    const order = await form.evaluate((f) => {
      const privacy = f.querySelector('.share-offer__privacy')!
      const button = f.querySelector('button')!
      return Boolean(privacy.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING)
    })
    expect(order).toBe(true)
    expect(await form.locator('.share-offer__privacy').innerText()).toContain('İnternet adresiniz (IP), günün saati')
    expect(await noSideways(page)).toBe(true)
    await page.screenshot({ path: '/tmp/insight-offer-375.png', fullPage: true })

    await page.selectOption('#share-size', '6-20')
    await Promise.all([page.waitForURL(/shared=1/), form.locator('button').click()])
    expect(await page.locator('#share [role=status]').innerText()).toBe(
      'Teşekkürler: cevaplarınız anonim istatistiklere eklendi.',
    )
    // Ours made k: the report the 303 leads to counts it at once.
    expect(await page.locator('.benchmark').first().innerText()).toContain(
      `Bu soruyu cevaplayan ${k} örgütün %100'ü sizinle aynı cevabı verdi.`,
    )
    await page.context().close()
    const checked = await pageAt(1280, true)
    await checked.goto('/tr/assessment/report?q16=2')
    expect(await seriousViolations(checked)).toEqual([])
    expect(await noSideways(checked)).toBe(true)
    await checked.context().close()
  })
})

/** The admin's "İçgörüler": the spread of the answers, narrowed by profile, and the advice readers open. */
describe('"İçgörüler" in the admin', () => {
  it.each([1280, 375])(
    'shows the advice readers open, the spread narrowed to a group that meets k, and the deletion (%i px)',
    async (width) => {
      // A reader opens the advice of question 16's answer 2: counted for this week.
      const read = await fetch(`${ctx.baseUrl}/tr/questions/16/2`)
      expect(read.status).toBe(200)
      await read.text()
      const page = await pageAt(width, true)
      await signInToAdmin(page, adminCredentials)
      const reads = page.locator('.rota-insights__reads')
      expect(await reads.locator('thead').innerText()).toContain('Bu hafta')
      const row = reads.locator('tbody tr', { has: page.locator('th', { hasText: /^Soru 16 · Seçenek 2$/ }) })
      expect(Number(await row.locator('td').first().innerText())).toBeGreaterThanOrEqual(1)
      const panel = page.locator('.rota-insights')
      expect(await panel.locator('h2').innerText()).toBe('İçgörüler')
      expect(await panel.innerText()).toContain(`${k} örgüt cevaplarını anonim istatistiklere ekledi.`)
      // All k said 6–20 people: the group is offered, and narrowing to it gives the same figure.
      await page.selectOption('#rota-insights-group', 'size:6-20')
      await Promise.all([page.waitForURL(/insights=size%3A6-20/), panel.locator('form button[type=submit]').click()])
      const table = page.locator('.rota-insights__spread')
      expect(await table.locator('caption').innerText()).toContain('Çalışan ve gönüllü sayısı: 6–20 kişi')
      expect(
        await table
          .locator('tbody tr')
          .filter({ has: page.locator('th', { hasText: /^16$/ }) })
          .innerText(),
      ).toContain(`2: ${k} (%100)`)
      expect(await page.locator('.rota-insights__delete summary').innerText()).toBe('Tüm katkıları sil')
      expect(await seriousViolations(page, '.rota-insights')).toEqual([])
      expect(await noSideways(page)).toBe(true)
      await page.screenshot({ path: `/tmp/insight-admin-${width}.png`, fullPage: true })
      await page.context().close()
    },
  )
})
