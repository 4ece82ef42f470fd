import { createClient } from '@libsql/client'
import { describe, expect, inject, it } from 'vitest'

import { seriousViolations } from '@tests/support/axe'
import { useBrowser } from '@tests/support/browser'
import { sendRaw } from '@tests/support/raw-http'
import { richText, siteApi } from '@tests/support/site-api'

/**
 * The self-assessment, as a reader takes it: one area at a time, without JavaScript as with
 * it, to a report whose address is the record.
 */
const ctx = useBrowser()

async function questionnaire(javaScriptEnabled: boolean) {
  const context = await ctx.browser.newContext({ baseURL: ctx.baseUrl, locale: 'tr-TR', javaScriptEnabled })
  return context.newPage()
}

/** axe-core needs JavaScript: the same address checked in a page that runs it. */
async function violationsAt(url: string) {
  const page = await questionnaire(true)
  await page.goto(url)
  const found = await seriousViolations(page)
  await page.context().close()
  return found
}

describe('the self-assessment without JavaScript', () => {
  it('goes area by area with plain GET forms to a report with the answers, their advice and resources', async () => {
    const page = await questionnaire(false)
    await page.goto('/tr/assessment')
    expect(await page.locator('h1').innerText()).toBe('Örgütünüzü değerlendirin')
    await page.getByRole('link', { name: 'Değerlendirmeye başla' }).click()
    await page.waitForURL('**/tr/assessment/area/1')
    expect(await page.locator('.kicker').first().innerText()).toMatch(/^Alan 1 \/ \d+$/)

    // Every question is a fieldset whose legend is its text, with a radio per choice and "I don't know";
    // the sample questions are marked as such.
    const legend = await page.locator('fieldset#q3 legend').innerText()
    expect(legend).toBe('Örgütünüzün yazılı bir stratejik planı var mı?')
    const values = await page
      .locator('fieldset#q3 input[type=radio][name=q3]')
      .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))
    expect(values).toEqual(['1', '2', '3', '0'])
    expect(await page.locator('fieldset#q3 .sample-badge').innerText()).toBe('Örnek soru')

    // Submitting with nothing answered: an error summary naming the questions, linked to them.
    await page.getByRole('button', { name: 'Sonraki alan' }).click()
    await page.waitForURL(/go=next/)
    const summary = page.locator('.error-summary')
    expect(await summary.getAttribute('role')).toBe('alert')
    expect(await summary.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
      '#q1',
      '#q2',
      '#q3',
    ])
    expect(await violationsAt(page.url())).toEqual([])

    // Answering only some questions is allowed: "continue without answering" goes on.
    const submit = async (selector: string) => {
      const before = page.url()
      await Promise.all([page.waitForURL((url) => url.href !== before), page.locator(selector).last().click()])
    }
    await page.check('#q3-0')
    await submit('button[name=go][value=anyway]')
    expect(page.url()).toMatch(/\/tr\/assessment\/area\/2\?q3=0$/)
    await page.check('#q16-2')
    // The rest (and areas other tests may have published) are left unanswered on the way.
    while (!page.url().includes('/report')) await submit('button[name=go][value=anyway], button[name=go][value=next]')
    expect(page.url()).toMatch(/\/tr\/assessment\/report\?q3=0&q16=2&d=\d{4}-\d{2}-\d{2}$/)

    const report = page.locator('main')
    expect(await report.locator('.report-question h3').allInnerTexts()).toEqual([
      'Örgütünüz sosyal medyayı nasıl kullanıyor?',
    ])
    expect(await report.locator('.report-question__answer').innerText()).toBe(
      'Cevabınız: Sosyal medya hesaplarımız var; ancak aktif kullanmıyoruz.',
    )
    expect(await report.locator('.advice').innerText()).toContain('1. Plan yapın:')
    expect(await report.locator('.resource-list li').count()).toBeGreaterThan(5)
    // "I don't know" is listed apart, with a way back to the question.
    expect(await page.locator('#unsure + p + ul a').getAttribute('href')).toMatch(
      /\/tr\/assessment\/area\/1\?q3=0&q16=2#q3$/,
    )
    expect(await violationsAt(page.url())).toEqual([])
    expect(await violationsAt('/tr/assessment')).toEqual([])
    await page.context().close()
  })

  it('a report address with unknown or malformed parts still answers, and says what it left out', async () => {
    const response = await fetch(`${ctx.baseUrl}/tr/assessment/report?q16=9&q99=1&q3=x&d=2026-02-30&q16=1`)
    expect(response.status).toBe(200)
    // The address's parts are the reader's text, isolated as <bdi> in the sentence.
    const html = (await response.text()).replace(/<\/?bdi>/g, '')
    expect(html).toContain('q99: böyle bir soru yok ya da yayımlanmamış')
    expect(html).toContain('q16=9: bu soruda böyle bir cevap yok')
    expect(html).toContain('q3: geçerli bir cevap değil')
    expect(html).toContain('d=2026-02-30: geçerli bir tarih değil')
    expect((await fetch(`${ctx.baseUrl}/tr/assessment/area/99`)).status).toBe(404)
  })
})

describe('the self-assessment with JavaScript', () => {
  it('keeps the answers in the browser as they are given, so the start page offers to continue, and can clear them', async () => {
    const page = await questionnaire(true)
    await page.goto('/tr/assessment/area/2')
    await page.check('#q16-3')
    await page.goto('/tr/assessment')
    const resume = page.getByRole('link', { name: 'Kaldığınız yerden devam edin' })
    await resume.waitFor()
    expect(await page.locator('.resume-notice p').innerText()).toBe('Bu tarayıcıda 1 cevabınız kayıtlı.')
    await resume.click()
    await page.waitForURL('**/tr/assessment/area/2?q16=3')
    expect(await page.isChecked('#q16-3')).toBe(true)
    await page.goto('/tr/assessment')
    await page.getByRole('button', { name: 'Kayıtlı cevapları sil' }).click()
    await page.getByText('Bu tarayıcıdaki cevaplar silindi.').waitFor()
    await page.reload()
    expect(await page.getByRole('link', { name: 'Kaldığınız yerden devam edin' }).count()).toBe(0)
    await page.context().close()
  })

  it('moves the focus to the error summary when an area is submitted incomplete', async () => {
    const page = await questionnaire(true)
    await page.goto('/tr/assessment/area/1')
    await page.getByRole('button', { name: 'Sonraki alan' }).click()
    await page.locator('.error-summary').waitFor()
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('error-summary')
    expect(await seriousViolations(page)).toEqual([])
    await page.context().close()
  })
})

describe('the report', () => {
  it('keeps an action plan (who, by when) and a comparison with an earlier report in its address', async () => {
    const page = await questionnaire(false)
    await page.goto('/tr/assessment/report?q16=2&d=2026-11-20')
    await page.check('#p16')
    await page.fill('input[name=o16]', 'Ayşe Yılmaz')
    await page.fill('input[name=t16]', '2027-01-15')
    await page.fill('#prev', `${ctx.baseUrl}/tr/assessment/report?q16=1&d=2026-05-01`)
    await Promise.all([page.waitForURL(/p16=1/), page.getByRole('button', { name: 'Eylem planını güncelle' }).click()])
    const url = new URL(page.url())
    expect(url.searchParams.get('o16')).toBe('Ayşe Yılmaz')
    expect(url.searchParams.get('t16')).toBe('2027-01-15')

    const row = page.locator('.action-plan tbody tr')
    expect(await row.locator('td').allInnerTexts()).toEqual([
      'Örgütünüz sosyal medyayı nasıl kullanıyor?\nSosyal medya hesaplarımız var; ancak aktif kullanmıyoruz.',
      'Ayşe Yılmaz',
      '15 Ocak 2027',
    ])
    expect(await page.locator('.report-compare [role=status]').innerText()).toBe(
      '1 Mayıs 2026 tarihli değerlendirmeye göre 1 cevap değişti.',
    )
    expect(await page.locator('.report-question__earlier').innerText()).toBe(
      'Önceki değerlendirmede: Sosyal medya hesaplarımız yok.',
    )
    // Every resource of the report once, in the plan's section.
    const resources = await page.locator('.action-plan .resource-list a').allInnerTexts()
    expect(new Set(resources).size).toBe(resources.length)
    expect(resources.length).toBeGreaterThan(5)

    // Printed: the plan and the advice, not the form's controls.
    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('.action-plan table').isVisible()).toBe(true)
    expect(await page.locator('.plan-controls').first().isVisible()).toBe(false)
    expect(await page.locator('.report-compare').isVisible()).toBe(false)
    await page.context().close()
  })

  it('marks advice that changed after the answers were given, and shows what changed, word by word', async () => {
    const { call, editorToken } = siteApi(ctx.baseUrl)
    const token = await editorToken('assessment-editor@example.org')
    const publish = (collection: string, body: object) =>
      call(collection, { method: 'POST', token, body: JSON.stringify({ ...body, _status: 'published' }) })
    const question = (await publish('questions', { number: 43, text: 'Gönüllülerinizle düzenli görüşüyor musunuz?' }))
      .json.doc
    const choice = (await publish('choices', { question: question.id, number: 1, label: 'Hayır.' })).json.doc
    const advice = (
      await publish('advice', { choice: choice.id, body: richText('Gönüllülerinizle yılda bir kez görüşün.') })
    ).json.doc
    try {
      // The first text was published long ago; the change is published now.
      const db = createClient({ url: inject('databaseUri') })
      await db.execute({
        sql: "update _advice_v set updated_at = '2026-01-10T09:00:00.000Z' where parent_id = ?",
        args: [advice.id],
      })
      db.close()
      const changed = await call(`advice/${advice.id}`, {
        method: 'PATCH',
        token,
        body: JSON.stringify({ body: richText('Gönüllülerinizle ayda bir kez görüşün.'), _status: 'published' }),
      })
      expect(changed.status).toBe(200)

      const page = await questionnaire(true)
      await page.goto('/tr/assessment/report?q43=1&d=2026-03-01')
      const updated = page.locator('#report-q43 .advice-updated')
      expect(await updated.locator('p').first().innerText()).toMatch(
        /^Bu reçete \d{1,2} \S+ \d{4} tarihinde güncellendi\.$/,
      )
      await updated.getByText('Neler değişti?').click()
      expect(await updated.locator('del').allInnerTexts()).toEqual(['yılda '])
      expect(await updated.locator('ins').allInnerTexts()).toEqual(['ayda '])
      // Answers given after the change: nothing to mark. "Today" is Istanbul's day, as the
      // report counts days (after 21:00 UTC it is already tomorrow there).
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Istanbul' }).format(new Date())
      await page.goto(`/tr/assessment/report?q43=1&d=${today}`)
      expect(await page.locator('#report-q43 .advice-updated').count()).toBe(0)
      await page.context().close()
    } finally {
      await call(`advice/${advice.id}`, { method: 'DELETE', token })
      await call(`choices/${choice.id}`, { method: 'DELETE', token })
      await call(`questions/${question.id}`, { method: 'DELETE', token })
    }
  })

  it('shows an area’s maturity levels as a chart with a table, only where every choice of the area has a level', async () => {
    const { call, editorToken } = siteApi(ctx.baseUrl)
    const token = await editorToken('levels-editor@example.org')
    const send = (method: string, path: string, body?: object) =>
      call(path, { method, token, body: body && JSON.stringify(body) })
    const levels = []
    for (const [order, title] of ['Başlangıç', 'Gelişmekte', 'Yerleşik'].entries())
      levels.push((await send('POST', 'maturity-levels', { title, order: order + 1, _status: 'published' })).json.doc)
    // Area 1 (Yönetişim, questions 1–3): choice n gets level n. Area 2 gets none.
    const { docs: choices } = (await send('GET', 'choices?where[questionNumber][in]=1,2,3&limit=20&depth=0')).json
    expect(choices).toHaveLength(9)
    try {
      for (const c of choices)
        expect(
          (await send('PATCH', `choices/${c.id}`, { maturity: levels[c.number - 1].id, _status: 'published' })).status,
        ).toBe(200)

      const page = await questionnaire(true)
      await page.goto('/tr/assessment/report?q1=1&q2=2&q3=1&q16=2&d=2026-11-29')
      const chart = page.locator('.level-chart')
      expect(await chart.count()).toBe(1)
      expect(await chart.locator('figcaption').innerText()).toBe(
        'Olgunluk düzeyi. Bu alanda verdiğiniz 3 cevabın, STGM’nin belirlediği olgunluk düzeylerine dağılımı:',
      )
      expect(await chart.locator('tbody tr').allInnerTexts()).toEqual(['Başlangıç\t2', 'Gelişmekte\t1', 'Yerleşik\t0'])
      // The drawing's bars follow the counts; assistive technology reads the table instead.
      const widths = await chart
        .locator('svg rect')
        .evaluateAll((rects) => rects.map((r) => Number(r.getAttribute('width'))))
      expect(widths[0]).toBeGreaterThan(widths[1])
      expect(widths[1]).toBeGreaterThan(widths[2])
      expect(await chart.locator('svg').getAttribute('aria-hidden')).toBe('true')
      expect(await page.locator('#report-q2 .report-question__level').innerText()).toBe('(Düzey: Gelişmekte)')
      expect(await page.locator('#report-q16 .report-question__level').count()).toBe(0)
      expect(await seriousViolations(page)).toEqual([])

      // A team's results show the same for all its members' answers.
      const post = (path: string, fields: Record<string, string>) =>
        sendRaw(ctx.baseUrl, path, {
          method: 'POST',
          from: '127.0.0.9',
          body: new URLSearchParams(fields).toString(),
          headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        })
      const results = String((await post('/tr/assessment/team', { name: 'Düzeyler' })).headers.location)
      for (const answers of [{ q1: '1' }, { q1: '3' }, { q1: '1', q2: '2' }] as Array<Record<string, string>>)
        expect((await post(results.split('/results')[0], { role: 'staff', ...answers })).status).toBe(303)
      await page.goto(results)
      expect(await page.locator('.level-chart tbody tr').allInnerTexts()).toEqual([
        'Başlangıç\t2',
        'Gelişmekte\t1',
        'Yerleşik\t1',
      ])
      expect(await page.locator('.level-chart figcaption').innerText()).toContain('Ekibin bu alanda verdiği 4 cevabın')
      await page.goto('/tr/assessment/report?q1=1&q2=2&q3=1&q16=2&d=2026-11-29')

      // One choice of the area without a level: no chart, nothing invented.
      await send('PATCH', `choices/${choices[0].id}`, { maturity: null, _status: 'published' })
      await page.reload()
      expect(await page.locator('.level-chart').count()).toBe(0)
      await page.context().close()
    } finally {
      for (const c of choices) await send('PATCH', `choices/${c.id}`, { maturity: null, _status: 'published' })
      for (const level of levels) await send('DELETE', `maturity-levels/${level.id}`)
    }
  })
})
