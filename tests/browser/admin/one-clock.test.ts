import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seriousViolations } from '@tests/support/axe'
import { signInToAdmin, useBrowser } from '@tests/support/browser'
import { publishedAdvice, richText, siteApi, siteEditorPassword } from '@tests/support/site-api'

/**
 * One clock (issue 22, finding 1): every screen of the admin shows one event's time as the
 * same Istanbul time, 24-hour, in Turkish, the zone said once on the screen. The browser runs
 * in New York and the server in UTC, so a time formatted in either zone (07:24 or 00:24 for
 * Istanbul's 10:24) shows up as a second value.
 */
const ctx = useBrowser()
const editorEmail = 'clock-editor@example.org'
const months = [
  'Ocak',
  'Şubat',
  'Mart',
  'Nisan',
  'Mayıs',
  'Haziran',
  'Temmuz',
  'Ağustos',
  'Eylül',
  'Ekim',
  'Kasım',
  'Aralık',
]

/** "5 Aralık 2026 10:24", as every reading of a time should be. */
const istanbul = (iso: string) =>
  new Intl.DateTimeFormat('tr-TR', {
    timeZone: 'Europe/Istanbul',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso))

/**
 * Every time in a text, as "5 Aralık 2026 10:24": the reading form, and the typing form of the
 * date fields ("05.12.2026 10:24"). Anything else that looks like a time (12-hour, English, ISO)
 * is kept as it stands, so it can never equal the expected value.
 */
function timesIn(text: string): string[] {
  const found: string[] = []
  const long = new RegExp(`(\\d{1,2}) (${months.join('|')}) (\\d{4}),? (\\d{2}:\\d{2})`, 'g')
  for (const m of text.matchAll(long)) found.push(`${Number(m[1])} ${m[2]} ${m[3]} ${m[4]}`)
  for (const m of text.matchAll(/\b(\d{2})\.(\d{2})\.(\d{4}) (\d{2}:\d{2})\b/g))
    found.push(`${Number(m[1])} ${months[Number(m[2]) - 1]} ${m[3]} ${m[4]}`)
  for (const m of text.matchAll(
    /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}|\d{1,2}:\d{2}\s?(?:AM|PM|ÖÖ|ÖS)|[A-Z][a-z]{2} \d{1,2}, \d{4}/g,
  ))
    found.push(m[0])
  return found
}

let published: Awaited<ReturnType<typeof publishedAdvice>>
let scheduled: Awaited<ReturnType<typeof publishedAdvice>>
/** When the English publish of the first advice happened (its version's `updatedAt`). */
let publishedAt: string
/** A scheduled publish of the second advice: tomorrow 10:05 in Istanbul (07:05 UTC, 03:05 in New York). */
let scheduleAt: string

/**
 * The changed screens at a phone's and a desktop's width, for a person to look at
 * (`ROTA_SCREENSHOTS=<folder>`), and axe on what changed: 0 serious.
 */
async function lookAt(page: Page, name: string, changed: string) {
  expect(await seriousViolations(page, changed)).toEqual([])
  const folder = process.env.ROTA_SCREENSHOTS
  if (!folder) return
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 })
    await page.screenshot({ path: `${folder}/${name}-${width}.png`, fullPage: true })
  }
  await page.setViewportSize({ width: 1280, height: 720 })
}

async function newYorkPage(): Promise<Page> {
  const context = await ctx.browser.newContext({
    baseURL: ctx.baseUrl,
    locale: 'tr-TR',
    timezoneId: 'America/New_York',
  })
  return context.newPage()
}

beforeAll(async () => {
  published = await publishedAdvice(ctx.baseUrl, editorEmail, 621, 'Saat sorusu?', 'Saat reçetesi.')
  scheduled = await publishedAdvice(ctx.baseUrl, editorEmail, 622, 'Zaman sorusu?', 'Zaman reçetesi.')
  const { call } = siteApi(ctx.baseUrl)
  // The publish and its log entry fall within one minute: not in a minute's last seconds.
  while (new Date().getSeconds() > 45) await new Promise((resolve) => setTimeout(resolve, 1000))
  const english = await call(`advice/${published.adviceId}?locale=en&publishSpecificLocale=en`, {
    method: 'PATCH',
    token: published.token,
    body: JSON.stringify({ body: richText('Clock advice.'), _status: 'published' }),
  })
  expect(english.status).toBe(200)
  const versions = await call(
    `advice/versions?where[parent][equals]=${published.adviceId}&sort=-updatedAt&limit=1&depth=0`,
    { token: published.token },
  )
  publishedAt = versions.json.docs[0].updatedAt as string

  const tomorrow = new Date(Date.now() + 24 * 60 * 60_000)
  scheduleAt = new Date(
    Date.UTC(tomorrow.getUTCFullYear(), tomorrow.getUTCMonth(), tomorrow.getUTCDate(), 7, 5),
  ).toISOString()
  const saved = await call(`advice/${scheduled.adviceId}?locale=tr&draft=true`, {
    method: 'PATCH',
    token: scheduled.token,
    body: JSON.stringify({ body: richText('Yarın yayımlanacak reçete.'), publishAt: scheduleAt }),
  })
  expect(saved.status).toBe(200)
})

afterAll(async () => {
  await published?.remove()
  await scheduled?.remove()
})

describe('one clock across the admin', () => {
  it('one publish reads as one Istanbul time on the dashboard, the log, the versions, the comparison and the form', async () => {
    const expected = istanbul(publishedAt)
    const page = await newYorkPage()
    await signInToAdmin(page, { email: editorEmail, password: siteEditorPassword })
    const seen: Record<string, string[]> = {}

    const recent = page.locator('.rota-recent-changes li', { hasText: 'Soru 621 · Seçenek 1 · İngilizce' }).first()
    await recent.waitFor()
    seen.dashboard = timesIn(await recent.innerText())
    // The zone is said once on the screen.
    expect(await page.locator('.rota-zone-note').allInnerTexts()).toEqual(['Saatler İstanbul saatiyle (UTC+3).'])
    expect((await page.locator('body').innerText()).match(/İstanbul saat/g)).toHaveLength(1)
    await lookAt(page, 'dashboard', '.rota-zone-note')

    await page.goto('/admin/collections/activity-log')
    const row = page.locator('tbody tr', { hasText: 'Reçete: Soru 621 · Seçenek 1' }).first()
    await row.waitFor()
    // The log names the language in words.
    expect(await row.innerText()).toContain('İngilizce')
    expect(await row.innerText()).not.toMatch(/\ben\b/)
    // The row can show before its date cell is filled in: CI read it in between.
    await expect.poll(async () => timesIn(await row.innerText()).length, { timeout: 10_000 }).toBeGreaterThan(0)
    seen.activityLog = timesIn(await row.innerText())

    await page.goto(`/admin/collections/advice/${published.adviceId}/versions`)
    const newest = page.locator('.rota-versions__table tbody tr').first()
    await newest.waitFor()
    // Each version says which language it published: the English publish, and the first, Turkish one.
    expect(await newest.innerText()).toContain('Yayımlandı (İngilizce)')
    expect(await page.locator('.rota-versions__table tbody tr').last().innerText()).toContain('Yayımlandı (Türkçe)')
    seen.versionsTab = timesIn(await newest.innerText())
    await lookAt(page, 'versions', '.rota-versions')

    await newest.getByRole('link').click()
    await page.waitForURL(/\/versions\/[0-9a-f-]{36}/)
    const versionTo = page.locator('.view-version__version-to-version')
    await versionTo.waitFor()
    // The version shown: its pill has the time when Payload gives it one; the breadcrumb always does.
    const pill = timesIn(await versionTo.innerText())
    if (pill.length) seen.comparison = pill
    await expect.poll(() => page.locator('.step-nav').innerText()).toMatch(/\d{2}:\d{2}/)
    seen.comparisonBreadcrumb = timesIn(await page.locator('.step-nav').innerText())
    expect(await page.locator('.rota-zone-note').count()).toBe(1)

    await page.goto(`/admin/collections/advice/${published.adviceId}?locale=en`)
    const history = page.locator('.rota-version-history li').first()
    await history.waitFor()
    await expect.poll(() => history.innerText()).toContain('Yayımlandı (İngilizce)')
    seen.formHistory = timesIn(await history.innerText())
    const lastModified = page.locator('.doc-controls__value').first()
    await expect.poll(() => lastModified.innerText()).toMatch(/\d{2}:\d{2}/)
    seen.formHeader = timesIn(await lastModified.innerText())

    // The advice list's "updated" column (the list shows titles, found by Payload's search).
    await page.goto(`/admin/collections/advice?search=${encodeURIComponent('Soru 621')}`)
    const listRow = page.locator('tbody tr', { hasText: 'Soru 621 · Seçenek 1' }).first()
    await listRow.waitFor()
    await expect.poll(async () => timesIn(await listRow.innerText()).length, { timeout: 10_000 }).toBeGreaterThan(0)
    seen.list = timesIn(await listRow.innerText())

    for (const [screen, times] of Object.entries(seen)) {
      expect(times.length, `${screen} shows the time`).toBeGreaterThan(0)
      expect(new Set(times), `${screen}: ${times.join(', ')}`).toEqual(new Set([expected]))
    }
    await page.context().close()
  })

  it('a scheduled time reads the same on the form, the dashboard and the schedules list', async () => {
    const expected = istanbul(scheduleAt)
    expect(expected).toMatch(/ 10:05$/)
    const page = await newYorkPage()
    await signInToAdmin(page, { email: editorEmail, password: siteEditorPassword })
    const seen: Record<string, string[]> = {}

    const line = page.locator('.rota-schedules li', { hasText: 'Soru 622 · Seçenek 1' }).first()
    await line.waitFor()
    seen.dashboard = timesIn(await line.innerText())

    await page.goto('/admin/collections/schedules')
    const row = page.locator('tbody tr', { hasText: 'Soru 622 · Seçenek 1' }).first()
    await row.waitFor()
    expect(await row.innerText()).toContain('Türkçe')
    // The list's date cell is Payload's client component: wait for it rather than read the row at once.
    await expect.poll(async () => timesIn(await row.innerText()).length).toBeGreaterThan(0)
    seen.schedulesList = timesIn(await row.innerText())

    await page.goto(`/admin/collections/advice/${scheduled.adviceId}?locale=tr`)
    const input = page.locator('#field-publishAt .date-time-picker input')
    await input.waitFor()
    await expect.poll(() => input.inputValue()).not.toBe('')
    seen.form = timesIn(await input.inputValue())

    for (const [screen, times] of Object.entries(seen)) {
      expect(times.length, `${screen} shows the time`).toBeGreaterThan(0)
      expect(new Set(times), `${screen}: ${times.join(', ')}`).toEqual(new Set([expected]))
    }
    await page.context().close()
  })

  it('the date picker is Turkish and 24-hour in 5-minute steps, and reads a typed date day first', async () => {
    const page = await newYorkPage()
    await signInToAdmin(page, { email: editorEmail, password: siteEditorPassword })
    await page.goto(`/admin/collections/advice/${scheduled.adviceId}?locale=tr`)
    const input = page.locator('#field-unpublishAt .date-time-picker input')
    await input.waitFor()
    await input.click()
    const times = page.locator('.react-datepicker__time-list-item')
    await times.first().waitFor()
    expect(await page.locator('.react-datepicker-time__header').innerText()).toBe('Saat')
    const slots = await times.allInnerTexts()
    expect(slots.slice(0, 4)).toEqual(['00:00', '00:05', '00:10', '00:15'])
    expect(slots).toContain('13:30')
    expect(slots.join(' ')).not.toMatch(/AM|PM|ÖÖ|ÖS/)
    expect(
      await page.locator('.react-datepicker__current-month, .react-datepicker__month-select').first().innerText(),
    ).not.toMatch(/January|February|March|April|May|June|July|August|September|October|November|December/)

    // 05.12.2027 is 5 December, not 12 May, and the time is taken as Istanbul time.
    await input.fill('05.12.2027 10:30')
    await page.keyboard.press('Escape')
    await page.locator('body').click({ position: { x: 5, y: 5 } })
    await expect.poll(() => input.inputValue()).toBe('05.12.2027 10:30')
    await page.context().close()
  })
})
