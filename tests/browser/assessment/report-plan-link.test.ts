import { mkdirSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { BrowserContextOptions, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { seriousViolations } from '@tests/support/axe'
import { useBrowser } from '@tests/support/browser'

/**
 * The report's action plan is never lost (issue 22, finding 10): the link a reader copies holds
 * the plan on the screen, updated or not; without JavaScript the note says to update first; and
 * updating the plan with the comparison box left empty says nothing about a link nobody gave.
 */
const ctx = useBrowser()
const shots = path.join(os.tmpdir(), 'rota-report-plan-shots')
mkdirSync(shots, { recursive: true })

const phone: BrowserContextOptions = { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }
const report = '/tr/assessment/report?q3=1&q16=2&d=2026-11-20'

async function open(options: BrowserContextOptions & { javaScriptEnabled?: boolean; locale?: string }): Promise<Page> {
  const context = await ctx.browser.newContext({ baseURL: ctx.baseUrl, locale: 'tr-TR', ...options })
  return context.newPage()
}

describe('the action plan’s link', () => {
  it('with JavaScript, “Bağlantıyı kopyala” copies the plan as it is on the screen, before “Eylem planını güncelle”', async () => {
    const page = await open(phone)
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ctx.baseUrl })
    await page.goto(report)
    const note = page.locator('.action-plan p.plan-controls').first()
    await expect.poll(() => note.innerText()).toContain('adres her değişiklikle güncellenir')

    await page.check('#p16')
    await page.fill('input[name=o16]', 'Ayşe Yılmaz')
    await page.fill('input[name=t16]', '2027-01-15')
    // The address follows at once, without a page load.
    const following = new URL(page.url())
    expect(following.searchParams.get('p16')).toBe('1')
    expect(following.searchParams.get('o16')).toBe('Ayşe Yılmaz')
    expect(following.searchParams.get('t16')).toBe('2027-01-15')
    expect(following.searchParams.get('q16')).toBe('2')
    expect(following.searchParams.get('d')).toBe('2026-11-20')
    expect(following.searchParams.has('prev')).toBe(false)

    await page.getByRole('button', { name: 'Bağlantıyı kopyala' }).click()
    await page.getByText('Bağlantı kopyalandı.').waitFor()
    const copied = await page.evaluate(() => navigator.clipboard.readText())
    expect(new URL(copied).searchParams.get('o16')).toBe('Ayşe Yılmaz')
    await page.screenshot({ path: path.join(shots, 'plan-375.png'), fullPage: true })
    expect(await seriousViolations(page)).toEqual([])

    // Whoever opens the copied link gets the plan.
    const other = await open({ viewport: { width: 1280, height: 900 } })
    await other.goto(copied)
    expect(await other.locator('.action-plan tbody tr td').allInnerTexts()).toEqual([
      'Örgütünüz sosyal medyayı nasıl kullanıyor?\nSosyal medya hesaplarımız var; ancak aktif kullanmıyoruz.',
      'Ayşe Yılmaz',
      '15 Ocak 2027',
    ])
    await other.screenshot({ path: path.join(shots, 'plan-1280.png'), fullPage: true })
    await other.context().close()

    // Unticked again: the plan leaves the address, who and when with it.
    await page.uncheck('#p16')
    const unticked = new URL(page.url())
    expect([...unticked.searchParams.keys()]).toEqual(['q3', 'q16', 'd'])
    await page.context().close()
  })

  it('without JavaScript, the note says to update first, and updating puts the plan in the address', async () => {
    const page = await open({ ...phone, javaScriptEnabled: false })
    await page.goto(report)
    expect(await page.locator('.action-plan p.plan-controls').first().innerText()).toContain(
      'önce “Eylem planını güncelle”ye basın',
    )
    await page.check('#p16')
    await page.fill('input[name=o16]', 'Mehmet')
    await Promise.all([page.waitForURL(/p16=1/), page.getByRole('button', { name: 'Eylem planını güncelle' }).click()])
    expect(new URL(page.url()).searchParams.get('o16')).toBe('Mehmet')
    await page.context().close()
  })
})

describe('the comparison box after updating the plan', () => {
  for (const [locale, javaScriptEnabled, update, wrong] of [
    ['tr', false, 'Eylem planını güncelle', 'Bu bağlantıda okunabilen bir cevap bulunamadı.'],
    ['tr', true, 'Eylem planını güncelle', 'Bu bağlantıda okunabilen bir cevap bulunamadı.'],
    ['en', true, 'Update the action plan', 'No answers could be read from this link.'],
  ] as const)
    it(`says nothing about a link when none was given (${locale}, JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const page = await open({ ...phone, javaScriptEnabled, locale: locale === 'tr' ? 'tr-TR' : 'en-GB' })
      await page.goto(report.replace('/tr/', `/${locale}/`))
      await page.check('#p16')
      await Promise.all([page.waitForURL(/p16=1/), page.getByRole('button', { name: update }).click()])
      await page.locator('.action-plan tbody tr').waitFor()
      expect(await page.locator('.report-compare [role=status]').count()).toBe(0)
      expect(await page.locator('main').innerText()).not.toContain(wrong)
      // The browser sends the empty box as `prev=`; with JavaScript the address drops it at once.
      if (javaScriptEnabled) await expect.poll(() => new URL(page.url()).searchParams.has('prev')).toBe(false)
      else expect(new URL(page.url()).searchParams.get('prev')).toBe('')

      // A link that does hold answers still compares after another update.
      await page.fill('#prev', `${ctx.baseUrl}/${locale}/assessment/report?q16=1&d=2026-05-01`)
      await Promise.all([page.waitForURL(/prev=/), page.getByRole('button', { name: update }).click()])
      await page.locator('.report-compare [role=status]').waitFor()
      expect(await page.locator('.report-compare [role=status]').innerText()).not.toBe(wrong)
      expect(await page.locator('.report-compare [role=status]').innerText()).toMatch(
        // q16 changed, q3 was not answered then.
        locale === 'tr' ? /göre 2 cevap değişti\.$/ : /2 answers changed\.$/,
      )
      await page.context().close()
    })
})
