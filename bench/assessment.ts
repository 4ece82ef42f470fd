/**
 * `npm run bench:assessment`: a self-assessment report under load, as readers get it from
 * `npm start`. On the benchmark site (sample content plus 1,000 generated advice texts), a
 * report with 40 answers is measured at 20 connections next to a cached advice page in the
 * same run, both by wrk (bench/wrk.ts: autocannon measured itself on reports). Goals: report
 * p95 ≤ 100 ms (held to wrk's p99), and at least half the advice page's throughput. Like the
 * pages, a report address is rendered once from the content in memory and then served from the
 * server's copy until editors publish (src/cli/page-copies.ts); the time a first view takes to
 * render (each address new, one at a time) is shown as well. 10,000 anonymous contributions are
 * stored first (issue 26: the goals hold with them), so every answered question's report shows
 * "Örgütler arasında" figures.
 */
import { get } from 'node:http'

import { storeContributions } from '@bench/contributions'
import { log, startLoadedSite } from '@bench/loaded-site'
import { wrkUnderLoad } from '@bench/wrk'

/** The answer's size as sent (fetch would decompress it). */
const bytesOnTheWire = (url: string, headers: Record<string, string>) =>
  new Promise<{ bytes: number; encoding: string }>((resolve, reject) => {
    get(url, { headers }, (res) => {
      let bytes = 0
      res.on('data', (chunk: Buffer) => (bytes += chunk.length))
      res.on('end', () => resolve({ bytes, encoding: String(res.headers['content-encoding'] ?? 'identity') }))
    }).on('error', reject)
  })

const contributions = 10_000
/** Questions 101–140 of the generated content: the report's answers. */
const answered = Array.from({ length: 40 }, (_, i) => 101 + i)
const app = await startLoadedSite('assessment', {}, process.cwd(), async (databaseFile) => {
  log(`storing ${contributions.toLocaleString('en')} anonymous contributions…`)
  await storeContributions(databaseFile, contributions, answered)
})
const results: string[] = []
let ok = true

try {
  // Each with one of its ten choices.
  const answers = answered.map((number, i) => `q${number}=${(i % 10) + 1}`)
  // Istanbul's day, as the report counts days.
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Istanbul' }).format(new Date())
  const reportPath = `/tr/assessment/report?${answers.join('&')}&d=${today}`
  const advicePath = '/tr/questions/16/2'

  const html = await (await fetch(app.baseUrl + reportPath)).text()
  const shown = html.match(/class="report-question"/g)?.length ?? 0
  const figures = html.match(/class="benchmark"/g)?.length ?? 0
  results.push(
    `report: ${shown} answered questions shown, ${figures} with others' answers, ${(Buffer.byteLength(html) / 1024).toFixed(0)} KiB HTML`,
  )
  ok &&= shown === 40 && figures === 40

  // First views: a new address each time (another day), so every one is rendered.
  const firstViews: number[] = []
  for (let day = 1; day <= 12; day++) {
    const started = performance.now()
    await (
      await fetch(app.baseUrl + reportPath.replace(`d=${today}`, `d=2026-01-${String(day).padStart(2, '0')}`))
    ).text()
    if (day > 2) firstViews.push(performance.now() - started)
  }
  firstViews.sort((a, b) => a - b)
  results.push(
    `first view of a report with 40 answers (rendered, one at a time): p50 ${firstViews[5].toFixed(0)} ms, ` +
      `slowest ${firstViews.at(-1)!.toFixed(0)} ms`,
  )

  // Both asked for as a browser asks for them: compressed (Next.js gzips each answer).
  const browser = { 'accept-encoding': 'gzip, deflate, br, zstd' }
  const sent = await bytesOnTheWire(app.baseUrl + reportPath, browser)
  results.push(`report as sent to a browser: ${(sent.bytes / 1024).toFixed(0)} KiB (${sent.encoding})`)
  const advice = wrkUnderLoad(app.baseUrl + advicePath, { headers: browser })
  const report = wrkUnderLoad(app.baseUrl + reportPath, { headers: browser })
  results.push(
    `advice page (20 connections, 10 s): ${advice.perSecond} req/s, p50 ${advice.p50} ms, p99 ${advice.p99} ms, errors ${advice.failed}`,
  )
  results.push(
    `report with 40 answers (20 connections, 10 s): ${report.perSecond} req/s, p50 ${report.p50} ms, ` +
      `p99 ${report.p99} ms, errors ${report.failed} — goal p95 ≤ 100 ms, ≥ ${Math.ceil(advice.perSecond / 2)} req/s (half the advice page)`,
  )
  ok &&= report.p99 <= 100 && report.perSecond * 2 >= advice.perSecond && report.failed + advice.failed === 0
} finally {
  app.stop()
}

for (const line of results) log(line)
log(`goals: ${ok ? 'met' : 'NOT met'} (p95 held to wrk's p99)`)
process.exit(ok ? 0 : 1)
