/**
 * `npm run bench:admin`: what the translation status costs the admin. On the benchmark site
 * (sample content plus 1,000 generated advice texts) 700 advice get an English translation
 * and 100 of those a newer Turkish text afterwards (outdated); then, with four editors at
 * once, the dashboard (a panel of counts per language), the advice list with its status
 * column (100 rows), the list filtered to outdated translations and the REST list with
 * `translationStatus` are measured. Goal: p95 ≤ 300 ms each. The states are rows of their
 * own (collections/TranslationStates), so no request reads versions to find them.
 */
import { randomBytes } from 'node:crypto'

import { log, startLoadedSite, underLoad } from '@bench/loaded-site'
import { richText } from '@tests/support/site-api'

const goalMs = 300
const editors = 4
const admin = { email: 'bench-admin@example.org', password: randomBytes(12).toString('hex') }
const app = await startLoadedSite('admin', { ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password })
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
  log(`translating 700 of ${ids.length} advice into English and changing the Turkish of 100 of them…`)
  const started = performance.now()
  for (const [i, id] of ids.slice(0, 700).entries())
    await call('PATCH', `advice/${id}?locale=en&draft=true&depth=0`, token, { body: richText(`English advice ${i}.`) })
  for (const [i, id] of ids.slice(0, 100).entries())
    await call('PATCH', `advice/${id}?locale=tr&depth=0`, token, {
      body: richText(`Yeni Türkçe metin ${i}.`),
      _status: 'published',
    })
  log(`  ${((performance.now() - started) / 800).toFixed(0)} ms per save, with its translation states`)

  const counts = (await call('GET', 'advice?where[translationStatus.en][equals]=outdated&limit=1', token)) as {
    totalDocs: number
  }
  log(`outdated English advice: ${counts.totalDocs} (expected 100)`)
  ok &&= counts.totalDocs === 100

  const headers = { Authorization: `JWT ${token}` }
  const routes: Array<[string, string]> = [
    ['dashboard (panel per language)', '/admin'],
    ['advice list, 100 rows with status', '/admin/collections/advice?limit=100'],
    ['advice list, outdated only', '/admin/collections/advice?limit=100&where[translationStatus.en][equals]=outdated'],
    ['REST list, 100 with translationStatus', '/api/advice?limit=100&depth=0&draft=true'],
  ]
  for (const [name, route] of routes) {
    const result = await underLoad(app.baseUrl + route, headers, editors)
    const met = result.p95 <= goalMs && result.failed === 0
    ok &&= met
    log(
      `${name}: p50 ${result.p50} ms, p95 ${result.p95} ms, ${result.perSecond} req/s, ${result.failed} failed ` +
        `(${editors} at once) ${met ? 'goal met' : `GOAL NOT MET (p95 ≤ ${goalMs} ms)`}`,
    )
  }
} finally {
  app.stop()
}
process.exit(ok ? 0 : 1)
