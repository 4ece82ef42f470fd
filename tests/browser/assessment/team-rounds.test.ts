import { mkdirSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { BrowserContextOptions, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { seriousViolations } from '@tests/support/axe'
import { useBrowser } from '@tests/support/browser'
import { sendRaw } from '@tests/support/raw-http'

/**
 * A team over time (issue 26): the coordinator starts a new round from the results page (a
 * plain form), members answer its new link, the results compare it with the round before on a
 * phone and on a desktop, the one key opens every round, and deleting the team deletes them
 * all. Teams are created from 127.0.0.126, an address no other file uses.
 */
const ctx = useBrowser()
const shots = path.join(os.tmpdir(), 'rota-team-rounds-shots')
mkdirSync(shots, { recursive: true })

const phone: BrowserContextOptions = { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }
const desktop: BrowserContextOptions = { viewport: { width: 1280, height: 900 } }
const from = '127.0.0.126'

const post = (target: string, fields: Record<string, string>) =>
  sendRaw(ctx.baseUrl, target, {
    method: 'POST',
    from,
    body: new URLSearchParams(fields).toString(),
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
  })

const resultsPattern = /^\/tr\/assessment\/team\/([A-Za-z0-9_-]{22})\/results\?key=([A-Za-z0-9_-]+)$/

/** A round as its results address names it: its members' path, the coordinator's path, the key. */
function roundAt(results: string) {
  const [, id, key] = resultsPattern.exec(results) ?? []
  expect(id, results).toBeDefined()
  return { id: id!, key: key!, members: `/tr/assessment/team/${id}`, results }
}

async function open(options: BrowserContextOptions & { javaScriptEnabled?: boolean }): Promise<Page> {
  const context = await ctx.browser.newContext({ baseURL: ctx.baseUrl, locale: 'tr-TR', ...options })
  return context.newPage()
}

const pathOf = (page: Page) => {
  const url = new URL(page.url())
  return `${url.pathname}${url.search}`
}

describe('a team over time', () => {
  it('starts a new round from the results page, compares it per question, and opens every round with one key', async () => {
    const created = await post('/tr/assessment/team', { name: 'Yıllar İçinde Dernek' })
    expect(created.status).toBe(303)
    const first = roundAt(String(created.headers.location))
    // Round 1. Q16: 1, 1, 2 (the first answer, 2 of 3). Q3: 1 and 2 (tied, 1 of 2).
    for (const [q16, q3] of [
      ['1', '1'],
      ['1', '2'],
      ['2', ''],
    ])
      expect((await post(first.members, { role: 'staff', q16, ...(q3 ? { q3 } : {}) })).status).toBe(303)

    // The coordinator starts round 2 with the plain form, without JavaScript.
    const plain = await open({ ...desktop, javaScriptEnabled: false })
    await plain.goto(first.results)
    expect(await plain.locator('.team-round').innerText()).toMatch(/^1\. tur · \d{1,2} \S+ \d{4} tarihinde başladı$/)
    expect(await plain.locator('.team-rounds li').allInnerTexts()).toEqual([
      expect.stringMatching(/^1\. tur · .+ · 3 kişi katıldı \(şu an bu turdasınız\)$/),
    ])
    // No comparison on a team's first round.
    expect(await plain.locator('#rounds-compare').count()).toBe(0)
    await Promise.all([
      plain.waitForURL((url) => !url.pathname.includes(first.id)),
      plain.getByRole('button', { name: 'Yeni tur başlat' }).click(),
    ])
    const second = roundAt(pathOf(plain))
    expect(second.key).toBe(first.key)
    expect(second.id).not.toBe(first.id)
    expect(await plain.locator('h1').innerText()).toBe('Yıllar İçinde Dernek')
    expect(await plain.locator('.team-round').innerText()).toMatch(/^2\. tur · /)
    expect(await plain.getByText('Henüz kimse cevaplamadı').count()).toBe(1)
    // The new round's members' link is written out; the earlier round's link is closed.
    expect(await plain.locator('.team-links .copy-link__url').first().innerText()).toBe(
      `${ctx.baseUrl}${second.members}`,
    )
    expect((await sendRaw(ctx.baseUrl, first.members)).body).toContain('Bu bağlantı kapatıldı')
    expect((await post(first.members, { role: 'staff', q16: '3' })).status).toBe(403)
    // The same form sent again from the earlier round starts nothing: it leads to round 2.
    const again = await post(`${first.members}/rounds`, { key: first.key })
    expect(again.status).toBe(303)
    expect(again.headers.location).toBe(second.results)
    // A wrong key starts nothing.
    expect((await post(`${second.members}/rounds`, { key: 'wrong' })).status).toBe(404)
    await plain.context().close()

    // Round 2. Q16: 2, 2, 2, 1 (the second answer now, 3 of 4: moved, agreement up).
    // Q3: 1, 1 (the tie resolved: moved, 2 of 2, up).
    for (const [q16, q3] of [
      ['2', '1'],
      ['2', '1'],
      ['2', ''],
      ['1', ''],
    ])
      expect((await post(second.members, { role: 'staff', q16, ...(q3 ? { q3 } : {}) })).status).toBe(303)

    for (const [name, options] of [
      ['375', phone],
      ['1280', desktop],
    ] as const) {
      const page = await open(options)
      await page.goto(second.results)
      const compare = page.locator('section:has(#rounds-compare)')
      expect(await compare.locator('.team-compare__summary').innerText()).toBe(
        '2 soruda en çok verilen cevap değişti; görüş birliği 2 soruda arttı, 0 soruda azaldı.',
      )
      // Per question, the most common answer and its share in each round, and what moved.
      const q16 = page.locator('#change-q16')
      expect(await q16.locator('h3').innerText()).toBe('Örgütünüz sosyal medyayı nasıl kullanıyor?')
      expect(await q16.locator('dt').allInnerTexts()).toEqual(['1. tur (önceki)', '2. tur (bu tur)'])
      const [then, now] = await q16.locator('dd').allInnerTexts()
      expect(then).toBe('Sosyal medya hesaplarımız yok. · %67 (2 / 3 kişi)')
      expect(now).toMatch(/^.+ · %75 \(3 \/ 4 kişi\)$/)
      expect(now).not.toContain('Sosyal medya hesaplarımız yok.')
      expect(await q16.locator('.team-change__verdict').innerText()).toBe(
        '▲ En çok verilen cevap değişti · Görüş birliği arttı',
      )
      expect((await page.locator('#change-q3 dd').allInnerTexts())[0]).toMatch(
        /^.+ \/ .+ \(eşit\) · %50 \(1 \/ 2 kişi\)$/,
      )
      // The questions nobody answered in either round are folded under one line.
      expect(await compare.locator('.team-changes__rest summary').innerText()).toMatch(/^Değişmeyen sorular \(\d+\)$/)
      // Only the two that changed are unfolded.
      expect(await compare.locator(':scope > ul.team-changes > li').count()).toBe(2)
      // The rounds, each a link with the same key; this one marked.
      expect(await page.locator('.team-rounds li').allInnerTexts()).toEqual([
        expect.stringMatching(/^1\. tur · .+ · 3 kişi katıldı$/),
        expect.stringMatching(/^2\. tur · .+ · 4 kişi katıldı \(şu an bu turdasınız\)$/),
      ])
      expect(await page.locator('.team-rounds a').getAttribute('href')).toBe(first.results)
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        options.viewport!.width,
      )
      await compare.screenshot({ path: path.join(shots, `compare-${name}.png`) })
      await page.locator('.team-rounds').screenshot({ path: path.join(shots, `rounds-${name}.png`) })
      expect(await seriousViolations(page), name).toEqual([])
      await page.context().close()
    }

    // The earlier round, from the list: its results as they were, a pointer to the latest, no form.
    const coordinator = await open(phone)
    await coordinator.goto(second.results)
    await Promise.all([
      coordinator.waitForURL((url) => url.pathname.includes(first.id)),
      coordinator.locator('.team-rounds a').click(),
    ])
    expect(await coordinator.getByText('3 kişi cevapladı').count()).toBe(1)
    expect(
      await coordinator.locator('.report-note', { hasText: 'Bu ekibin daha yeni bir turu var: 2. tur.' }).count(),
    ).toBe(2)
    expect(await coordinator.getByRole('button', { name: 'Yeni tur başlat' }).count()).toBe(0)
    expect(await seriousViolations(coordinator)).toEqual([])
    await coordinator.context().close()
  })

  it('members see the comparison only when the earlier round’s results are shared with them too', async () => {
    const created = await post('/tr/assessment/team', { name: 'Paylaşan Dernek' })
    const first = roundAt(String(created.headers.location))
    expect((await post(first.members, { role: 'staff', q16: '1' })).status).toBe(303)
    const second = roundAt(String((await post(`${first.members}/rounds`, { key: first.key })).headers.location))
    expect((await post(second.members, { role: 'staff', q16: '2' })).status).toBe(303)
    const share = (round: { members: string; key: string }) =>
      post(`${round.members}/settings`, { key: round.key, share: '1' })
    const membersView = () => sendRaw(ctx.baseUrl, second.results.split('?')[0]!)

    await share(second)
    const onlyThisRound = await membersView()
    expect(onlyThisRound.status).toBe(200)
    expect(onlyThisRound.body).not.toContain('id="rounds-compare"')
    // Nor the rounds' list, whose links hold the key.
    expect(onlyThisRound.body).not.toContain('team-rounds')
    await share(first)
    expect((await membersView()).body).toContain('id="rounds-compare"')
  })

  it('deleting the team from any round deletes every round: each link answers 410', async () => {
    const created = await post('/tr/assessment/team', { name: 'Biten Dernek' })
    const first = roundAt(String(created.headers.location))
    expect((await post(first.members, { role: 'board', q16: '1' })).status).toBe(303)
    const second = roundAt(String((await post(`${first.members}/rounds`, { key: first.key })).headers.location))
    expect((await post(second.members, { role: 'board', q16: '2' })).status).toBe(303)

    // The confirmation names the rounds, without JavaScript.
    const page = await open({ ...phone, javaScriptEnabled: false })
    await page.goto(second.results)
    await Promise.all([
      page.waitForURL(/\/delete\/confirm\?key=/),
      page.getByRole('button', { name: 'Değerlendirmeyi ve bütün cevapları sil' }).click(),
    ])
    expect(await page.locator('.lead').innerText()).toContain('Bu ekibin 2 turu ve turlarda verilen bütün cevaplar')
    await Promise.all([
      page.waitForURL(/\/tr\/assessment\?deleted=1$/),
      page.getByRole('button', { name: 'Evet, sil' }).click(),
    ])
    await page.context().close()
    for (const round of [first, second])
      for (const target of [round.members, round.results]) {
        const gone = await sendRaw(ctx.baseUrl, target)
        expect(gone.status, target).toBe(410)
        expect(gone.body, target).toContain('Bu değerlendirme silindi')
      }
    expect((await post(`${first.members}/rounds`, { key: first.key })).status).toBe(410)
  })
})
