import { mkdirSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { BrowserContextOptions, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { seriousViolations } from '@tests/support/axe'
import { useBrowser } from '@tests/support/browser'
import { sendRaw } from '@tests/support/raw-http'

/**
 * The team's results as a coordinator reads them on a phone (issue 22, finding 9): bars as a
 * share of those who answered, each question folded to its split with the agenda first, both
 * links with a copy button, a deletion that asks first (with and without JavaScript), a deleted
 * team's links answering 410, and every folded part on paper. Teams are created from
 * 127.0.0.8x, addresses no other file uses (10 creations per hour per address).
 */
const ctx = useBrowser()
const shots = path.join(os.tmpdir(), 'rota-team-results-shots')
mkdirSync(shots, { recursive: true })

const phone: BrowserContextOptions = { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }
const desktop: BrowserContextOptions = { viewport: { width: 1280, height: 900 } }

const post = (target: string, fields: Record<string, string>, from = '127.0.0.81') =>
  sendRaw(ctx.baseUrl, target, {
    method: 'POST',
    from,
    body: new URLSearchParams(fields).toString(),
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
  })

/** A team created over the plain form; its members' path, the coordinator's path, its key. */
async function createTeam(name: string, from: string) {
  const created = await post('/tr/assessment/team', { name }, from)
  expect(created.status).toBe(303)
  const results = String(created.headers.location)
  const [, id, key] = /^\/tr\/assessment\/team\/([A-Za-z0-9_-]{22})\/results\?key=([A-Za-z0-9_-]+)$/.exec(results)!
  return { id, key, members: `/tr/assessment/team/${id}`, results }
}

async function open(options: BrowserContextOptions & { javaScriptEnabled?: boolean }): Promise<Page> {
  const context = await ctx.browser.newContext({ baseURL: ctx.baseUrl, locale: 'tr-TR', ...options })
  return context.newPage()
}

/** How wide each answer's bar is drawn, as a share of its track (0 to 1). */
const barShares = (page: Page, within: string) =>
  page
    .locator(`${within} .team-counts__track`)
    .evaluateAll((tracks) =>
      tracks.map(
        (track) =>
          Math.round(
            ((track.firstElementChild as HTMLElement).getBoundingClientRect().width /
              track.getBoundingClientRect().width) *
              100,
          ) / 100,
      ),
    )

describe('the team’s results on a phone', () => {
  it('shows each answer as a share of those who answered: a 1/1/1 split is three thirds, folded to its split, the agenda first', async () => {
    const team = await createTeam('Üçe Bölünmüş Dernek', '127.0.0.81')
    for (const q16 of ['1', '2', '3'])
      expect((await post(team.members, { role: 'staff', q16, q3: '1' })).status).toBe(303)
    // Two more on q3 make it 2 to 1 among those who answered it, with one unsure.
    for (const q3 of ['2', '0']) expect((await post(team.members, { role: 'staff', q3 })).status).toBe(303)

    const page = await open(phone)
    await page.goto(team.results)
    // The agenda comes before the links and the questions by area.
    const order = await page
      .locator('#agenda, .team-links, #by-area')
      .evaluateAll((found) => found.map((el) => el.id || el.className))
    expect(order).toEqual(['agenda', 'team-links', 'by-area'])

    const q16 = page.locator('#agenda-q16')
    expect(await q16.locator('h3').innerText()).toBe('Örgütünüz sosyal medyayı nasıl kullanıyor?')
    // Folded: the split in one line, the answers hidden until unfolded.
    expect(await q16.locator('summary').innerText()).toBe('3 farklı cevap (3 kişi)')
    expect(await q16.locator('.team-counts').isVisible()).toBe(false)
    await page.screenshot({ path: path.join(shots, 'results-375.png'), fullPage: true })
    await q16.locator('summary').click()
    expect(await q16.locator('.team-counts__value').allInnerTexts()).toEqual(['1 / 3 kişi', '1 / 3 kişi', '1 / 3 kişi'])
    // Not three full bars: each a third of its track.
    expect(await barShares(page, '#agenda-q16')).toEqual([0.33, 0.33, 0.33])

    // Question 3 (area 1): 3 chose the first answer, 1 the second, 1 is unsure: shares of 5.
    const q3 = page.locator('#team-q3')
    // "Not sure" is an answer of its own in the split.
    expect(await q3.locator('summary').innerText()).toBe('3 farklı cevap (5 kişi)')
    await q3.locator('summary').click()
    expect(await q3.locator('.team-counts__value').allInnerTexts()).toEqual(['3 / 5 kişi', '1 / 5 kişi', '0 / 5 kişi'])
    expect(await barShares(page, '#team-q3')).toEqual([0.6, 0.2, 0])
    expect(await q3.locator('.team-counts__unsure').innerText()).toBe('1 kişi emin değil')

    // A question nobody answered has nothing to unfold.
    expect(await page.locator('#team-q1').innerText()).toContain('Kimse cevaplamadı')
    expect(await page.locator('#team-q1 details').count()).toBe(0)

    // Nothing wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375)
    expect(await seriousViolations(page)).toEqual([])
    await page.context().close()

    const wide = await open(desktop)
    await wide.goto(team.results)
    await wide.screenshot({ path: path.join(shots, 'results-1280.png'), fullPage: true })
    expect(await seriousViolations(wide)).toEqual([])
    await wide.context().close()
  })

  it('prints every folded question, its roles and the advice, without JavaScript as with it', async () => {
    const team = await createTeam('Basılı Dernek', '127.0.0.82')
    for (const [role, q16] of [
      ['board', '1'],
      ['board', '1'],
      ['board', '2'],
      ['staff', '3'],
      ['staff', '3'],
      ['staff', '3'],
    ])
      expect((await post(team.members, { role, q16 })).status).toBe(303)
    for (const javaScriptEnabled of [false, true]) {
      const page = await open({ ...phone, javaScriptEnabled })
      await page.goto(team.results)
      const q16 = page.locator('#agenda-q16')
      expect(await q16.locator('.team-roles').isVisible()).toBe(false)
      expect(await page.locator('.team-advice .advice').first().isVisible()).toBe(false)
      await page.emulateMedia({ media: 'print' })
      expect(await q16.locator('.team-counts').isVisible(), `JavaScript: ${javaScriptEnabled}`).toBe(true)
      expect(await q16.locator('.team-roles li').allInnerTexts()).toEqual([
        'Yönetim kurulu: Sosyal medya hesaplarımız yok. (2) · Sosyal medya hesaplarımız var; ancak aktif kullanmıyoruz. (1)',
        expect.stringMatching(/^Çalışan: .+ \(3\)$/),
      ])
      for (const advice of await page.locator('.team-advice .advice').all()) expect(await advice.isVisible()).toBe(true)
      await page.context().close()
    }
  })
})

describe('the coordinator’s links', () => {
  it('are written out in full without JavaScript, and each has a copy button with it', async () => {
    const team = await createTeam('Kopya Derneği', '127.0.0.83')
    const plain = await open({ ...phone, javaScriptEnabled: false })
    await plain.goto(team.results)
    const links = plain.locator('.team-links .copy-link__url')
    expect(await links.allInnerTexts()).toEqual([`${ctx.baseUrl}${team.members}`, `${ctx.baseUrl}${team.results}`])
    expect(await plain.locator('.team-links button').count()).toBe(0)
    await plain.context().close()

    const page = await open(phone)
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ctx.baseUrl })
    await page.goto(team.results)
    await page.getByRole('button', { name: 'Üyelerin bağlantısını kopyala' }).click()
    await page.getByText('Bağlantı kopyalandı.').waitFor()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${ctx.baseUrl}${team.members}`)
    await page.getByRole('button', { name: 'Koordinatör bağlantısını kopyala' }).click()
    // The copy is written asynchronously (the clipboard still holds the members' link meanwhile).
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()), { timeout: 15_000 })
      .toBe(`${ctx.baseUrl}${team.results}`)
    await page.screenshot({ path: path.join(shots, 'links-375.png') })
    expect(await seriousViolations(page)).toEqual([])
    await page.context().close()
  })
})

describe('deleting a team', () => {
  it('asks first without JavaScript (a page), deletes over plain forms only with confirm=1, and its links then answer 410', async () => {
    const team = await createTeam('Silinecek Dernek', '127.0.0.84')
    expect((await post(team.members, { role: 'staff', q16: '1' })).status).toBe(303)

    // One tap on the results page deletes nothing: the confirmation page asks.
    const page = await open({ ...phone, javaScriptEnabled: false })
    await page.goto(team.results)
    await Promise.all([
      page.waitForURL(/\/delete\/confirm\?key=/),
      page.getByRole('button', { name: 'Değerlendirmeyi ve bütün cevapları sil' }).click(),
    ])
    expect(await page.locator('h1').innerText()).toBe('Değerlendirme silinsin mi?')
    expect(await page.locator('.lead').innerText()).toContain(
      '1 kişinin cevapları hemen ve geri alınamaz biçimde silinecek',
    )
    await page.screenshot({ path: path.join(shots, 'delete-confirm-375.png'), fullPage: true })
    expect((await sendRaw(ctx.baseUrl, team.results)).status).toBe(200)
    await Promise.all([
      page.waitForURL(/\/results\?key=/),
      page.getByRole('link', { name: 'Vazgeç, sonuçlara dön' }).click(),
    ])
    expect(await page.getByText('1 kişi cevapladı').count()).toBe(1)

    // Over plain forms: without confirm=1, the confirmation page and nothing deleted.
    const unconfirmed = await post(`${team.members}/delete`, { key: team.key })
    expect(unconfirmed.status).toBe(303)
    expect(unconfirmed.headers.location).toBe(`${team.members}/delete/confirm?key=${team.key}`)
    expect((await sendRaw(ctx.baseUrl, team.members)).status).toBe(200)
    expect((await post(`${team.members}/delete`, { key: 'wrong', confirm: '1' })).status).toBe(404)
    expect((await sendRaw(ctx.baseUrl, team.members)).status).toBe(200)

    // Confirmed on the page.
    await page.goto(String(unconfirmed.headers.location))
    expect(await violationsAt(String(unconfirmed.headers.location))).toEqual([])
    await Promise.all([
      page.waitForURL(/\/tr\/assessment\?deleted=1$/),
      page.getByRole('button', { name: 'Evet, sil' }).click(),
    ])
    expect(await page.getByText('Ekip değerlendirmesi ve bütün cevapları silindi.').count()).toBe(1)

    // Every link of the team now says it was deleted, with 410 Gone.
    for (const target of [
      team.members,
      team.results,
      team.results.split('?')[0],
      `${team.members}/thanks`,
      `${team.members}/results.csv?key=${team.key}`,
      `${team.members}/delete/confirm?key=${team.key}`,
    ]) {
      const gone = await sendRaw(ctx.baseUrl, target)
      expect(gone.status, target).toBe(410)
      expect(gone.body, target).toContain('Bu değerlendirme silindi')
      expect(gone.body, target).not.toContain('Aradığınız soru ya da reçete yok')
    }
    for (const [target, fields] of [
      [team.members, { role: 'staff', q16: '2' }],
      [`${team.members}/settings`, { key: team.key, closed: '1' }],
      [`${team.members}/delete`, { key: team.key, confirm: '1' }],
    ] as const) {
      const gone = await post(target, fields)
      expect(gone.status, target).toBe(410)
      expect(gone.body, target).toContain('Bu değerlendirme silindi')
    }
    // A link that never was a team is still a plain 404.
    expect((await sendRaw(ctx.baseUrl, '/tr/assessment/team/AAAAAAAAAAAAAAAAAAAAAA')).status).toBe(404)

    await page.goto(team.members)
    expect(await page.locator('h1').innerText()).toBe('Bu değerlendirme silindi')
    await page.screenshot({ path: path.join(shots, 'gone-375.png'), fullPage: true })
    expect(await violationsAt(team.members)).toEqual([])
    await page.context().close()
  })

  it('with JavaScript, asks in place: “Vazgeç” keeps the team, “Evet, sil” deletes it', async () => {
    const team = await createTeam('Yerinde Sorulan', '127.0.0.85')
    const page = await open(phone)
    await page.goto(team.results)
    const remove = page.getByRole('button', { name: 'Değerlendirmeyi ve bütün cevapları sil' })
    await remove.click()
    const ask = page.locator('.team-delete__ask')
    await ask.waitFor()
    expect(await ask.innerText()).toContain('Değerlendirme silinsin mi?')
    expect(page.url()).toContain('/results?key=')
    await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('team-delete__ask')
    await ask.screenshot({ path: path.join(shots, 'delete-ask-375.png') })
    expect(await seriousViolations(page)).toEqual([])
    await page.getByRole('button', { name: 'Vazgeç', exact: true }).click()
    await remove.waitFor()
    expect((await sendRaw(ctx.baseUrl, team.members)).status).toBe(200)

    await remove.click()
    await Promise.all([
      page.waitForURL(/\/tr\/assessment\?deleted=1$/),
      page.getByRole('button', { name: 'Evet, sil' }).click(),
    ])
    expect((await sendRaw(ctx.baseUrl, team.members)).status).toBe(410)
    await page.context().close()
  })
})

/** axe needs JavaScript: the same address checked in a page that runs it, on a phone. */
async function violationsAt(target: string): Promise<string[]> {
  const page = await open(phone)
  await page.goto(target)
  const found = await seriousViolations(page)
  await page.context().close()
  return found
}
