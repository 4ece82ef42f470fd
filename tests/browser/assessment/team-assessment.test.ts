import { describe, expect, it } from 'vitest'

import { seriousViolations } from '@tests/support/axe'
import { useBrowser } from '@tests/support/browser'
import { sendRaw } from '@tests/support/raw-http'

/**
 * A team assessment without accounts: a coordinator creates it, three members answer from
 * their own browsers (without JavaScript), and the coordinator reads where they disagree.
 */
const ctx = useBrowser()

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString()
const post = (path: string, fields: Record<string, string>, from?: string) =>
  sendRaw(ctx.baseUrl, path, {
    method: 'POST',
    from,
    body: form(fields),
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
  })

/** Creates a team as the contract says and returns its members' path, the coordinator's page and key. */
async function createTeam(name: string, from = '127.0.0.6') {
  const created = await post('/tr/assessment/team', { name }, from)
  expect(created.status).toBe(303)
  const results = String(created.headers.location)
  const match = /^\/tr\/assessment\/team\/([A-Za-z0-9_-]{22})\/results\?key=([A-Za-z0-9_-]{32,})$/.exec(results)
  expect(match, results).not.toBeNull()
  return { members: `/tr/assessment/team/${match![1]}`, results, key: match![2] }
}

async function memberAnswers(members: string, pick: { role: string; name?: string; q16?: string; q3?: string }) {
  const context = await ctx.browser.newContext({ baseURL: ctx.baseUrl, locale: 'tr-TR', javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto(members)
  if (pick.name) await page.fill('#name', pick.name)
  await page.check(`#role-${pick.role}`)
  if (pick.q16) await page.check(`#q16-${pick.q16}`)
  if (pick.q3) await page.check(`#q3-${pick.q3}`)
  await Promise.all([page.waitForURL(/\/thanks$/), page.getByRole('button', { name: 'Cevaplarımı gönder' }).click()])
  return page
}

describe('a team assessment', () => {
  it('six members answer; the coordinator sees the agenda, the roles, the advice and the CSV, shares, closes and deletes', async () => {
    const team = await createTeam('Deneme Derneği')
    const ayse = await memberAnswers(team.members, { role: 'board', name: 'Ayşe', q16: '2', q3: '1' })
    await memberAnswers(team.members, { role: 'board', name: 'Mehmet', q16: '1', q3: '1' })
    await memberAnswers(team.members, { role: 'volunteer', q16: '3', q3: '0' })
    // Three more from browsers without JavaScript or cookies: each a member of their own.
    for (const [role, q16] of [
      ['board', '1'],
      ['volunteer', '3'],
      ['volunteer', '3'],
    ])
      expect((await post(team.members, { role, q16, q3: '1' })).headers.location).toMatch(/\/thanks$/)
    // The same browser changes its answers: still three members.
    await ayse.goto(team.members)
    expect(await ayse.getByText('Daha önce cevap verdiniz').count()).toBe(1)
    expect(await ayse.isChecked('#q16-2')).toBe(true)
    await ayse.check('#q16-1')
    await Promise.all([ayse.waitForURL(/\/thanks$/), ayse.getByRole('button', { name: 'Cevaplarımı gönder' }).click()])

    const coordinator = await ctx.newPage()
    await coordinator.goto(team.results)
    expect(await coordinator.locator('h1').innerText()).toBe('Deneme Derneği')
    expect(await coordinator.getByText('6 kişi cevapladı').count()).toBe(1)
    expect(await coordinator.getByText('Yönetim kurulu: 3 · Gönüllü: 3').count()).toBe(1)
    expect(await coordinator.getByText('Üyelerin bağlantısı açık').count()).toBe(1)
    // The agenda: only question 16 is answered differently (board 1, 1 and 1, volunteers 3).
    const agenda = coordinator.locator('#agenda ~ .team-question')
    expect(await agenda.locator('h3').allInnerTexts()).toEqual(['Örgütünüz sosyal medyayı nasıl kullanıyor?'])
    // Each question is folded to its split; unfolded, each answer as a share of those who answered.
    await agenda.locator('summary').click()
    expect(await agenda.locator('.team-counts__value').allInnerTexts()).toEqual([
      '3 / 6 kişi',
      '0 / 6 kişi',
      '3 / 6 kişi',
    ])
    const third = (await agenda.locator('.team-counts__label').allInnerTexts())[2]
    // Roles of three are shown apart.
    expect(await agenda.locator('.team-roles li').allInnerTexts()).toEqual([
      'Yönetim kurulu: Sosyal medya hesaplarımız yok. (3)',
      `Gönüllü: ${third} (3)`,
    ])
    expect(await coordinator.getByText('1 kişi emin değil').count()).toBe(1)
    expect(await coordinator.locator('.team-advice__choice').count()).toBe(3)
    expect(await seriousViolations(coordinator)).toEqual([])

    const csv = await fetch(`${ctx.baseUrl}${team.results.replace('/results?', '/results.csv?')}`)
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    const lines = (await csv.text()).trim().split('\r\n')
    expect(lines).toHaveLength(7)
    expect(lines[0]).toContain('Soru 16: Örgütünüz sosyal medyayı nasıl kullanıyor?')
    expect(lines.slice(1).map((l) => l.split(',')[1])).toEqual([
      'Yönetim kurulu',
      'Yönetim kurulu',
      'Yönetim kurulu',
      'Gönüllü',
      'Gönüllü',
      'Gönüllü',
    ])
    expect(lines.join('\n')).not.toContain('Ayşe')

    // Without the key (or with a wrong one), the results are a 404 until the coordinator shares them.
    const resultsPath = team.results.split('?')[0]
    expect((await fetch(`${ctx.baseUrl}${resultsPath}`)).status).toBe(404)
    expect((await fetch(`${ctx.baseUrl}${resultsPath}?key=wrong`)).status).toBe(404)
    expect((await fetch(`${ctx.baseUrl}${resultsPath.replace('/results', '/results.csv')}?key=wrong`)).status).toBe(404)
    await coordinator.check('#share')
    await coordinator.check('#closed')
    // The settings lead back to the same address: wait for the page to load anew, not for the URL.
    await Promise.all([coordinator.waitForEvent('load'), coordinator.getByRole('button', { name: 'Kaydet' }).click()])
    expect((await fetch(`${ctx.baseUrl}${resultsPath}`)).status).toBe(200)
    expect(await coordinator.getByText('Üyelerin bağlantısı kapalı').count()).toBe(1)
    // The closed link: a page that says so, no form; an answer sent anyway is refused and not saved.
    await ayse.goto(team.members)
    expect(await ayse.locator('h1').innerText()).toBe('Bu bağlantı kapatıldı')
    expect(await ayse.getByText('Koordinatör bu değerlendirmeyi kapattı').count()).toBe(1)
    expect(await ayse.locator('form').count()).toBe(0)
    const late = await post(team.members, { role: 'staff', q16: '1' })
    expect(late.status).toBe(403)
    expect(late.body).toContain('Bu bağlantı kapatıldı')
    await coordinator.reload()
    expect(await coordinator.getByText('6 kişi cevapladı').count()).toBe(1)
    // Reopened: answers are taken again.
    await coordinator.uncheck('#closed')
    // The settings lead back to the same address: wait for the page to load anew, not for the URL.
    await Promise.all([coordinator.waitForEvent('load'), coordinator.getByRole('button', { name: 'Kaydet' }).click()])
    expect(await coordinator.getByText('Üyelerin bağlantısı açık').count()).toBe(1)
    expect((await post(team.members, { role: 'staff', q16: '1' })).headers.location).toMatch(/\/thanks$/)
    await coordinator.reload()
    expect(await coordinator.getByText('7 kişi cevapladı').count()).toBe(1)

    // Deleting asks first (team-results-phone.test.ts tries it without JavaScript too).
    await coordinator.getByRole('button', { name: 'Değerlendirmeyi ve bütün cevapları sil' }).click()
    await Promise.all([
      coordinator.waitForURL(/\/tr\/assessment\?deleted=1$/),
      coordinator.getByRole('button', { name: 'Evet, sil' }).click(),
    ])
    expect(await coordinator.getByText('Ekip değerlendirmesi ve bütün cevapları silindi.').count()).toBe(1)
    expect((await fetch(`${ctx.baseUrl}${team.members}`)).status).toBe(410)
    expect((await fetch(`${ctx.baseUrl}${team.results}`)).status).toBe(410)
    await ayse.context().close()
    await coordinator.context().close()
  })

  it('the members’ page, the thank-you page and the start page pass the accessibility checks', async () => {
    const team = await createTeam('Erişilebilirlik')
    const page = await ctx.newPage()
    for (const path of [team.members, '/tr/assessment']) {
      await page.goto(path)
      expect(await seriousViolations(page), path).toEqual([])
    }
    await page.goto(team.members)
    await page.check('#role-staff')
    await page.check('#q16-1')
    await Promise.all([page.waitForURL(/\/thanks$/), page.getByRole('button', { name: 'Cevaplarımı gönder' }).click()])
    expect(await seriousViolations(page), 'thanks').toEqual([])
    await page.context().close()
  })

  it('asks for the role when it is missing, keeping the answers given', async () => {
    const team = await createTeam('Rol')
    const response = await post(team.members, { q16: '2' })
    expect(response.status).toBe(303)
    expect(response.headers.location).toBe(`${team.members}?q16=2&missing=role#role`)
    const page = await ctx.newPage()
    await page.goto(String(response.headers.location))
    expect(await page.locator('.error-summary h2').innerText()).toBe('Rolünüzü seçin.')
    expect(await page.isChecked('#q16-2')).toBe(true)
    await page.context().close()
  })
})

describe('the small-group rule on a live team', () => {
  it('one extra answer in a lone board member’s role shows no role apart on the page or in the CSV', async () => {
    const team = await createTeam('Küçük Kurul')
    await post(team.members, { role: 'board', q16: '2' })
    for (let i = 0; i < 3; i++) await post(team.members, { role: 'staff', q16: '1' })
    // The one who reads the results adds an answer of their own as board.
    await post(team.members, { role: 'board', q16: '1' })
    const page = await ctx.newPage()
    await page.goto(team.results)
    expect(await page.getByText('5 kişi cevapladı').count()).toBe(1)
    expect(await page.locator('.team-roles').count()).toBe(0)
    expect(await page.getByText('en az 3 kişi olmalı').count()).toBe(1)
    const csv = await (await fetch(`${ctx.baseUrl}${team.results.replace('/results?', '/results.csv?')}`)).text()
    expect(
      new Set(
        csv
          .trim()
          .split('\r\n')
          .slice(1)
          .map((l) => l.split(',')[1]),
      ),
    ).toEqual(new Set(['Gösterilmiyor (küçük grup)']))
    await page.context().close()
  })
})

describe('team assessment limits', () => {
  it('at most 100 members, also when 110 answer at once, and the coordinator is told; an oversized form is 413; an 11th creation from one address within the hour is 429', async () => {
    const team = await createTeam('Kalabalık', '127.0.0.7')
    const answered = await Promise.all(
      Array.from({ length: 110 }, () => post(team.members, { role: 'member', q16: '1' })),
    )
    const where = answered.map((a) => String(a.headers.location))
    expect(where.filter((l) => l.endsWith('/thanks'))).toHaveLength(100)
    expect(where.filter((l) => l === `${team.members}?full=1`)).toHaveLength(10)
    expect((await sendRaw(ctx.baseUrl, `${team.members}?full=1`)).body).toContain('en fazla 100 kişi katılabilir')
    const coordinator = await ctx.newPage()
    await coordinator.goto(team.results)
    expect(await coordinator.getByText('100 kişi cevapladı').count()).toBe(1)
    expect(await coordinator.getByText('Üye sınırına ulaşıldı').count()).toBe(1)
    await coordinator.context().close()

    const oversized = await post(team.members, { role: 'member', name: 'x'.repeat(70 * 1024) })
    expect(oversized.status).toBe(413)

    for (let i = 1; i < 10; i++) await createTeam(`Ekip ${i}`, '127.0.0.7')
    const refused = await post('/tr/assessment/team', { name: 'On birinci' }, '127.0.0.7')
    expect(refused.status).toBe(429)
    expect(refused.body).toContain('Bir saat sonra yeniden deneyin')
  })

  it('the creation limit is taken on arrival: 15 forms sent slowly and at once from one address create 10', async () => {
    // An address no other file uses: the app (and its hourly counts) is shared by every browser
    // test file, and assessment.test.ts creates a team from 127.0.0.9.
    const answers = await Promise.all(
      Array.from({ length: 15 }, (_, i) =>
        sendRaw(ctx.baseUrl, '/tr/assessment/team', {
          method: 'POST',
          from: '127.0.0.41',
          body: form({ name: `Yavaş ${i}` }),
          headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
          slowBodyMs: 1_500,
        }),
      ),
    )
    expect(answers.filter((a) => a.status === 303)).toHaveLength(10)
    expect(answers.filter((a) => a.status === 429)).toHaveLength(5)
  })
})
