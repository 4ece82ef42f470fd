/**
 * `npm run bench:assessment`: a self-assessment report under load, as readers get it from
 * `npm start`. On the benchmark site (sample content plus 1,000 generated advice texts), a
 * report with 40 answers is measured at 20 connections next to a cached advice page in the
 * same run. Goals: report p95 ≤ 100 ms, and at least half the advice page's throughput —
 * which holds only if a report reads the site's in-memory content, not the database.
 */
import { log, startLoadedSite, underLoad } from '@bench/loaded-site'

const app = await startLoadedSite('assessment')
const results: string[] = []
let ok = true

try {
  // Questions 101–140 of the generated content, each with one of its ten choices.
  const answers = Array.from({ length: 40 }, (_, i) => `q${101 + i}=${(i % 10) + 1}`)
  const today = new Date().toISOString().slice(0, 10)
  const reportPath = `/tr/assessment/report?${answers.join('&')}&d=${today}`
  const advicePath = '/tr/questions/16/2'

  const html = await (await fetch(app.baseUrl + reportPath)).text()
  const shown = html.match(/class="report-question"/g)?.length ?? 0
  results.push(`report: ${shown} answered questions shown, ${(Buffer.byteLength(html) / 1024).toFixed(0)} KiB HTML`)
  ok &&= shown === 40

  const advice = await underLoad(app.baseUrl + advicePath)
  const report = await underLoad(app.baseUrl + reportPath)
  results.push(
    `advice page (20 connections, 10 s): ${advice.perSecond} req/s, p50 ${advice.p50} ms, p95 ${advice.p95} ms, errors ${advice.failed}`,
  )
  results.push(
    `report with 40 answers (20 connections, 10 s): ${report.perSecond} req/s, p50 ${report.p50} ms, ` +
      `p95 ${report.p95} ms, errors ${report.failed} — goal p95 ≤ 100 ms, ≥ ${Math.ceil(advice.perSecond / 2)} req/s (half the advice page)`,
  )
  ok &&= report.p95 <= 100 && report.perSecond * 2 >= advice.perSecond && report.failed + advice.failed === 0
} finally {
  app.stop()
}

for (const line of results) log(line)
log(`goals: ${ok ? 'met' : 'NOT met'} (p95 is autocannon's p97.5, the stricter neighbour)`)
process.exit(ok ? 0 : 1)
