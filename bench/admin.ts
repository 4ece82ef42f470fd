/**
 * `npm run bench:admin`: what the translation status costs the admin, in three languages. The
 * bench runs a copy of the project with Arabic added (the README's one line), on the benchmark
 * site (sample content plus 1,000 generated advice texts): 700 advice get an English
 * translation and 500 an Arabic one, and 100 of those a newer Turkish text afterwards
 * (outdated in both). Then one editor's requests (one at a time) are measured: the dashboard
 * (a panel of counts per language and the review queue), the advice list with its status
 * column (Payload's default 10 rows, and 100), the list filtered to outdated translations in
 * each language, and the REST list of 100 titles with and without `translationStatus` (the
 * difference is what the status costs). Goal: p95 ≤ 300 ms each. The same at four editors at
 * once is printed for information. The states are rows of their own
 * (collections/TranslationStates), so no request reads versions to find them.
 */
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { log, startLoadedSite, underLoad } from '@bench/loaded-site'
import { addArabic, copyProject } from '@tests/support/project-copy'
import { richText } from '@tests/support/site-api'

const goalMs = 300
const admin = { email: 'bench-admin@example.org', password: randomBytes(12).toString('hex') }
const work = mkdtempSync(path.join(os.tmpdir(), 'rota-bench-admin-project-'))
const project = path.join(work, 'project')
log('copying the project and adding Arabic (one line); its first start builds it…')
copyProject(project)
addArabic(project)
const app = await startLoadedSite('admin', { ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password }, project)
let ok = true

const call = async (method: string, route: string, token: string, body?: object) => {
  const response = await fetch(`${app.baseUrl}/api/${route}`, {
    method,
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
    body: body && JSON.stringify(body),
  })
  if (!response.ok) throw new Error(`${method} ${route}: ${response.status} ${(await response.text()).slice(0, 200)}`)
  return (await response.json()) as Record<string, unknown>
}
try {
  const token = (await call('POST', 'users/login', '', admin)).token as string
  const ids: string[] = []
  for (let page = 1; ; page++) {
    const { docs, hasNextPage } = (await call('GET', `advice?limit=500&page=${page}&depth=0&sort=id`, token)) as {
      docs: Array<{ id: string }>
      hasNextPage: boolean
    }
    ids.push(...docs.map((d) => d.id))
    if (!hasNextPage) break
  }
  log(`translating 700 of ${ids.length} advice into English and 500 into Arabic, then changing the Turkish of 100…`)
  const started = performance.now()
  for (const [i, id] of ids.slice(0, 700).entries())
    await call('PATCH', `advice/${id}?locale=en&draft=true&depth=0`, token, { body: richText(`English advice ${i}.`) })
  for (const [i, id] of ids.slice(0, 500).entries())
    await call('PATCH', `advice/${id}?locale=ar&draft=true&depth=0`, token, { body: richText(`نصيحة ${i}.`) })
  for (const [i, id] of ids.slice(0, 100).entries())
    await call('PATCH', `advice/${id}?locale=tr&depth=0`, token, {
      body: richText(`Yeni Türkçe metin ${i}.`),
      _status: 'published',
    })
  log(`  ${((performance.now() - started) / 1300).toFixed(0)} ms per save, with its translation states`)

  for (const locale of ['en', 'ar']) {
    const counts = (await call('GET', `advice?where[translationStatus.${locale}][equals]=outdated&limit=1`, token)) as {
      totalDocs: number
    }
    log(`outdated advice in ${locale}: ${counts.totalDocs} (expected 100)`)
    ok &&= counts.totalDocs === 100
  }

  const headers = { Authorization: `JWT ${token}` }
  const titles = '/api/advice?limit=100&depth=0&draft=true&select[title]=true'
  const routes: Array<[string, string]> = [
    ['dashboard (panels per language, review queue)', '/admin'],
    ['advice list, 10 rows with status', '/admin/collections/advice'],
    ['advice list, 100 rows with status', '/admin/collections/advice?limit=100'],
    [
      'advice list, outdated English only',
      '/admin/collections/advice?limit=100&where[translationStatus.en][equals]=outdated',
    ],
    [
      'advice list, outdated Arabic only',
      '/admin/collections/advice?limit=100&where[translationStatus.ar][equals]=outdated',
    ],
    ['REST, 100 titles', titles],
    ['REST, 100 titles with translationStatus', `${titles}&select[translationStatus]=true`],
  ]
  for (const editors of [1, 4]) {
    log(editors === 1 ? 'one editor (the goal):' : 'four editors at once (for information):')
    for (const [name, route] of routes) {
      const result = await underLoad(app.baseUrl + route, headers, editors)
      const met = result.p95 <= goalMs && result.failed === 0
      if (editors === 1) ok &&= met
      log(
        `  ${name}: p50 ${result.p50} ms, p95 ${result.p95} ms, ${result.perSecond} req/s, ${result.failed} failed` +
          (editors === 1 ? (met ? ' · goal met' : ` · GOAL NOT MET (p95 ≤ ${goalMs} ms)`) : ''),
      )
    }
  }
} finally {
  app.stop()
  rmSync(work, { recursive: true, force: true })
}
process.exit(ok ? 0 : 1)
