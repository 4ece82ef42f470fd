/**
 * `npm run bench:site`: the public site under load, as readers get it from `npm start`.
 * Loads 1,000 generated advice texts plus the sample content into a fresh database,
 * starts the app, then measures with autocannon (20 connections) an advice page (goal
 * ≥ 1,000 req/s, p99 ≤ 50 ms, HTML ≤ 40 KB), a search with 1,000 advice (goal ≤ 50 ms
 * server time), pages of the resource library (goal ≤ 100 KB each), and the JavaScript each
 * page type makes a first-time reader download.
 */
import { gzipSync } from 'node:zlib'

import { log, startLoadedSite, underLoad } from '@bench/loaded-site'

const app = await startLoadedSite('site')
const results: string[] = []
let ok = true

try {
  const advicePath = '/tr/questions/16/2'
  const html = await (await fetch(app.baseUrl + advicePath)).text()
  const bytes = Buffer.byteLength(html)
  const gz = gzipSync(html).length
  results.push(`advice page HTML: ${(bytes / 1024).toFixed(1)} KiB (${(gz / 1024).toFixed(1)} KiB gzip) — goal ≤ 40 KB`)
  ok &&= bytes <= 40 * 1024

  const run = await underLoad(app.baseUrl + advicePath)
  results.push(
    `advice page under load (20 connections, 10 s): ${run.perSecond} req/s, ` +
      `p50 ${run.p50} ms, p99 ${run.p99} ms, errors ${run.failed} — goal ≥ 1,000 req/s, p99 ≤ 50 ms`,
  )
  ok &&= run.perSecond >= 1000 && run.p99 <= 50 && run.failed === 0

  const queries = ['yönetim kurulu', 'orgut', 'İSTANBUL', 'strateji planlama', 'sosyal medya', 'kurul']
  const times: number[] = []
  for (let round = 0; round < 10; round++) {
    for (const q of queries) {
      const started = performance.now()
      // A new address each time: the server keeps a copy of each search page it answered
      // (src/cli/page-copies.ts), and this measures the search itself.
      const response = await fetch(`${app.baseUrl}/tr/search?q=${encodeURIComponent(q)}&round=${round}`)
      await response.text()
      if (round > 0) times.push(performance.now() - started)
    }
  }
  times.sort((a, b) => a - b)
  const p50 = times[Math.floor(times.length / 2)]
  const p95 = times[Math.floor(times.length * 0.95)]
  results.push(
    `search over 1,000 advice (one request at a time): p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms — goal ≤ 50 ms`,
  )
  ok &&= p95 <= 50

  // The library in pages (issue 27: over 4 MB in one page at 4,200 resources): the first, a
  // filtered one, and the last, each HTML as sent without compression.
  const library = await (await fetch(`${app.baseUrl}/tr/resources`)).text()
  const lastPage = Number([...library.matchAll(/aria-label="Sayfa (\d+)"/g)].at(-1)?.[1] ?? 1)
  for (const page of ['/tr/resources', '/tr/resources?kind=video&page=2', `/en/resources?page=${lastPage}`]) {
    const response = await fetch(app.baseUrl + page)
    const size = Buffer.byteLength(await response.text())
    results.push(`resource library ${page}: ${response.status}, ${(size / 1024).toFixed(1)} KiB — goal ≤ 100 KB`)
    ok &&= response.ok && size <= 100 * 1000
  }

  for (const page of ['/tr', '/tr/questions/16', advicePath, '/tr/resources', '/tr/search?q=kurul']) {
    const body = await (await fetch(app.baseUrl + page)).text()
    // Polyfills marked noModule are fetched only by browsers without ES modules.
    const scripts = [...body.matchAll(/<script([^>]+)src="([^"]+)"([^>]*)>/g)]
      .filter((m) => !/nomodule/i.test(m[1] + m[3]))
      .map((m) => m[2])
    let total = 0
    for (const src of new Set(scripts))
      total += gzipSync(Buffer.from(await (await fetch(app.baseUrl + src)).arrayBuffer())).length
    results.push(
      `first-load JS ${page}: ${(total / 1024).toFixed(1)} KiB gzip in ${new Set(scripts).size} files (Next.js and React are about 125 KiB of it)`,
    )
  }
} finally {
  app.stop()
}

for (const line of results) log(line)
log(`goals: ${ok ? 'met' : 'NOT met'}`)
process.exit(ok ? 0 : 1)
