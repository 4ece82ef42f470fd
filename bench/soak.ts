/**
 * `npm run bench:soak -- --minutes 10 --connections 50`: `npm start` (sample content) under a
 * steady mix of what readers ask for: home, a question, an advice page, the resource library,
 * searches and self-assessment reports. Goals: no error, p99 per route reported, and the
 * server's memory after warm-up growing less than 10 %.
 */
import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { log } from '@bench/loaded-site'
import { startApp } from '@tests/support/app-server'

const { values } = parseArgs({
  options: { minutes: { type: 'string', default: '10' }, connections: { type: 'string', default: '50' } },
})
const minutes = Number(values.minutes)
const connections = Number(values.connections)

const searches = ['kurul', 'yönetim kurulu', 'sosyal medya', 'strateji', 'gönüllü', 'İSTANBUL', 'bağış']
const reports = ['q16=2', 'q16=1&q17=2', 'q16=3&q17=1&q18=2', 'q17=3']
const routes: Record<string, (i: number) => string> = {
  home: () => '/tr',
  question: () => '/tr/questions/16',
  advice: (i) => `/tr/questions/16/${(i % 3) + 1}`,
  resources: () => '/tr/resources',
  search: (i) => `/tr/search?q=${encodeURIComponent(searches[i % searches.length])}`,
  report: (i) => `/tr/assessment/report?${reports[i % reports.length]}`,
}

/** Resident memory of the process serving the app (src/cli/serve.ts), in MB. */
function serverMemoryMb(): number {
  const pid = execFileSync('pgrep', ['-n', '-f', 'src/cli/serve.ts'], { encoding: 'utf8' }).trim()
  const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]
  return Math.round(Number(rss) / 1024)
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'rota-bench-soak-'))
const app = await startApp({
  DATABASE_URI: `file:${path.join(dir, 'site.db')}`,
  PAYLOAD_SECRET: randomBytes(32).toString('hex'),
})
const latencies = new Map<string, number[]>(Object.keys(routes).map((r) => [r, []]))
const errors = new Map<string, number>()
const memory: Array<{ at: number; mb: number }> = []
const started = Date.now()
const end = started + minutes * 60_000
const warmUpMs = Math.min(60_000, (minutes * 60_000) / 5)
let ok = true

try {
  const names = Object.keys(routes)
  let counter = 0
  const sampler = setInterval(() => memory.push({ at: Date.now() - started, mb: serverMemoryMb() }), 10_000)
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (Date.now() < end) {
        const i = counter++
        const name = names[i % names.length]
        const t0 = performance.now()
        try {
          // Each worker keeps one connection busy: `connections` at once, like readers' browsers.
          const response = await fetch(app.baseUrl + routes[name](i), { headers: { 'Accept-Encoding': 'gzip' } })
          await response.arrayBuffer()
          if (response.status !== 200) errors.set(name, (errors.get(name) ?? 0) + 1)
        } catch {
          errors.set(name, (errors.get(name) ?? 0) + 1)
        }
        if (Date.now() - started > warmUpMs) latencies.get(name)!.push(performance.now() - t0)
      }
    }),
  )
  clearInterval(sampler)
  memory.push({ at: Date.now() - started, mb: serverMemoryMb() })
} finally {
  app.stop()
  rmSync(dir, { recursive: true, force: true })
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]
let total = 0
for (const [name, times] of latencies) {
  const sorted = times.sort((a, b) => a - b)
  total += sorted.length
  log(
    `${name.padEnd(9)} ${String(sorted.length).padStart(7)} requests, p50 ${percentile(sorted, 0.5).toFixed(1)} ms, ` +
      `p99 ${percentile(sorted, 0.99).toFixed(1)} ms, errors ${errors.get(name) ?? 0}`,
  )
}
const errorCount = [...errors.values()].reduce((a, b) => a + b, 0)
const seconds = (Date.now() - started - warmUpMs) / 1000
log(
  `${connections} connections for ${minutes} min: ${Math.round(total / seconds)} req/s after warm-up, ${errorCount} errors — goal 0`,
)
ok &&= errorCount === 0

// Memory: the first sample after warm-up against the mean of the last minute's samples.
const afterWarmUp = memory.find((m) => m.at >= warmUpMs) ?? memory[0]
const lastMinute = memory.filter((m) => m.at >= memory.at(-1)!.at - 60_000)
const finalMb = Math.round(lastMinute.reduce((sum, m) => sum + m.mb, 0) / lastMinute.length)
const growth = (finalMb - afterWarmUp.mb) / afterWarmUp.mb
log(
  `server memory: ${afterWarmUp.mb} MB after warm-up, ${finalMb} MB at the end (${(growth * 100).toFixed(1)} %) — goal < 10 %` +
    ` [samples: ${memory.map((m) => m.mb).join(' ')}]`,
)
ok &&= growth < 0.1
log(`goals: ${ok ? 'met' : 'NOT met'}`)
process.exit(ok ? 0 : 1)
