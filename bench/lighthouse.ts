/**
 * `npm run bench:lighthouse`: Lighthouse (mobile preset: a mid-range phone on a slow 4G line,
 * simulated) driving Debian's Chromium against `npm start` (sample content) on the home,
 * question, advice, resources and search pages, and the self-assessment's start page, an area
 * with answers given and a report. Prints the four scores and LCP, CLS and TBT per page.
 * Goals: performance ≥ 99, accessibility, best practices and SEO 100 (search results, the
 * areas and the report stay out of indexes, so SEO is exempt there), CLS 0, LCP ≤ 1.5 s; on
 * the assessment's pages TBT ≤ 50 ms (issue 27) and the answers kept (their own script is
 * there). Three rounds over the pages; each figure is the median of a page's rounds.
 */
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'

import { log } from '@bench/loaded-site'
import { startApp } from '@tests/support/app-server'

const pages = [
  { name: 'home', path: '/tr' },
  { name: 'question', path: '/tr/questions/16' },
  { name: 'advice', path: '/tr/questions/16/2' },
  { name: 'resources', path: '/tr/resources' },
  { name: 'search', path: '/tr/search?q=kurul', seoExempt: true },
  { name: 'assessment', path: '/tr/assessment', keepsAnswers: true },
  { name: 'area', path: '/tr/assessment/area/2?q3=1', seoExempt: true, keepsAnswers: true },
  { name: 'report', path: '/tr/assessment/report?q3=1&q16=2&d=2026-11-20', seoExempt: true, keepsAnswers: true },
]

const dir = mkdtempSync(path.join(os.tmpdir(), 'rota-bench-lighthouse-'))
const app = await startApp({
  DATABASE_URI: `file:${path.join(dir, 'site.db')}`,
  PAYLOAD_SECRET: randomBytes(32).toString('hex'),
})
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
})
let ok = true
/** Three rounds over every page, each page's figures the medians of its rounds: single runs vary on this shared 2-core machine. */
const rounds = 3
type Figures = { scores: number[]; lcp: number; cls: number; tbt: number; failing: string[] }
const measured = new Map<string, Figures[]>()
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

try {
  for (let round = 1; round <= rounds; round++)
    for (const page of pages) {
      // Rendered and cached once before measuring, as readers meet it after the first visit.
      await (await fetch(app.baseUrl + page.path)).text()
      const result = await lighthouse(app.baseUrl + page.path, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      })
      if (!result) throw new Error(`Lighthouse gave no result for ${page.path}`)
      const { categories, audits } = result.lhr
      const value = (id: string) => audits[id]?.numericValue ?? NaN
      const failing = Object.values(audits)
        .filter(
          (a) =>
            a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual',
        )
        .filter((a) => a.scoreDisplayMode === 'binary' || (a.score ?? 1) < 0.9)
        .map((a) => a.id)
      measured.set(page.name, [
        ...(measured.get(page.name) ?? []),
        {
          scores: ['performance', 'accessibility', 'best-practices', 'seo'].map((id) =>
            Math.round((categories[id]?.score ?? 0) * 100),
          ),
          lcp: value('largest-contentful-paint') / 1000,
          cls: value('cumulative-layout-shift'),
          tbt: value('total-blocking-time'),
          failing,
        },
      ])
    }

  for (const page of pages) {
    const runs = measured.get(page.name)!
    const [performance, accessibility, bestPractices, seo] = [0, 1, 2, 3].map((i) =>
      median(runs.map((r) => r.scores[i])),
    )
    const lcp = median(runs.map((r) => r.lcp))
    const cls = median(runs.map((r) => r.cls))
    const tbt = median(runs.map((r) => r.tbt))
    log(
      `${page.name.padEnd(10)} performance ${performance} (${runs.map((r) => r.scores[0]).join('/')}), accessibility ${accessibility}, best practices ${bestPractices}, ` +
        `SEO ${seo}${page.seoExempt ? ' (exempt)' : ''} · LCP ${lcp.toFixed(2)} s, CLS ${cls.toFixed(3)}, TBT ${Math.round(tbt)} ms (${runs.map((r) => Math.round(r.tbt)).join('/')})`,
    )
    const failing = [...new Set(runs.flatMap((r) => r.failing))]
    if (failing.length) log(`           not passed in a round: ${failing.slice(0, 12).join(', ')}`)
    // The answers are kept while answering by the assessment's own script (enhance.ts).
    const keepsAnswers =
      !page.keepsAnswers || (await (await fetch(app.baseUrl + page.path)).text()).includes('rota-assessment')
    if (!keepsAnswers) log(`           the assessment's script that keeps the answers is missing`)
    ok &&=
      performance >= 99 &&
      accessibility === 100 &&
      bestPractices === 100 &&
      (page.seoExempt || seo === 100) &&
      cls === 0 &&
      lcp <= 1.5 &&
      (!page.keepsAnswers || tbt <= 50) &&
      keepsAnswers
  }
} finally {
  await chrome.kill()
  app.stop()
  rmSync(dir, { recursive: true, force: true })
}

log(
  `goals (performance ≥ 99, the others 100, CLS 0, LCP ≤ 1.5 s; the assessment TBT ≤ 50 ms, answers kept): ${ok ? 'met' : 'NOT met'}`,
)
process.exit(ok ? 0 : 1)
