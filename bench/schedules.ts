/**
 * `npm run bench:schedules`: readers' pages while scheduled publishing falls due. The benchmark
 * site (sample content plus 1,000 generated advice) runs under `npm start`; an editor schedules
 * a new text for 200 advice, all for the same minute. Readers ask for five reading pages at a
 * steady 100 requests a second, for ten seconds before that minute and until the runner has
 * carried out every schedule; each answer's time counts from when it was due to be asked, so a
 * server that stops answering for a while is measured as readers feel it (a client that waits for
 * each answer before asking the next would ask nothing while the server stalls). Goal: page p99
 * ≤ 100 ms while the runner works, and all 200 done. For comparison, the same readers' pages in the
 * seconds after one publish by hand.
 */
import { randomBytes } from 'node:crypto'

import { log, startLoadedSite } from '@bench/loaded-site'
import { steadyReaders, summary } from '@bench/steady-readers'
import { richText } from '@tests/support/site-api'

const schedules = 200
const perSecond = 100
const goalMs = 100
const pages = ['/tr', '/tr/questions/16', '/tr/questions/16/2', '/tr/questions/120/3', '/en/questions/150/5']
const admin = { email: 'bench-admin@example.org', password: randomBytes(12).toString('hex') }

const app = await startLoadedSite('schedules', { ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password })
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
  const { docs: all } = (await call(
    'GET',
    `advice?limit=${schedules + 1}&depth=0&sort=-id&select[id]=true`,
    token,
  )) as {
    docs: Array<{ id: string }>
  }
  // One more advice is published by hand afterwards: what one publish costs the pages, for comparison.
  const [byHandId, ...docs] = all.map(({ id }) => ({ id }))
  // Far enough ahead for the 200 saves; the runner then finds them at one of its checks.
  const due = new Date(Date.now() + 90_000)
  due.setSeconds(0, 0)
  if (due.getTime() - Date.now() < 60_000) due.setTime(due.getTime() + 60_000)
  log(`scheduling a new text for ${docs.length} advice, all at ${due.toISOString()}…`)
  for (const [i, { id }] of docs.entries())
    await call('PATCH', `advice/${id}?locale=tr&draft=true&depth=0`, token, {
      body: richText(`Zamanlanmış yeni metin ${i}.`),
      publishAt: due.toISOString(),
    })
  if (Date.now() > due.getTime() - 10_000)
    throw new Error(`scheduling took until ${new Date().toISOString()}: readers would start after the schedules' time`)
  const pending = async () =>
    ((await call('GET', 'schedules?where[state][equals]=pending&limit=1&depth=0', token)) as { totalDocs: number })
      .totalDocs
  // Every page rendered once before, as readers find them on a site that has been running.
  for (const page of [...pages, ...pages]) await (await fetch(app.baseUrl + page)).arrayBuffer()
  log(`${await pending()} schedules pending; readers start ten seconds before their time`)
  await new Promise((r) => setTimeout(r, due.getTime() - Date.now() - 10_000))

  const load = steadyReaders(app.baseUrl, pages, perSecond)
  const dueAt = performance.now() + (due.getTime() - Date.now())
  const deadline = Date.now() + 10 * 60_000
  while (Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 250))
    if (Date.now() >= due.getTime() && (await pending()) === 0) break
  }
  // A few seconds more, so the pages rendered again after the last publish are measured too.
  await new Promise((r) => setTimeout(r, 4_000))
  const byHandAt = performance.now()
  await call('PATCH', `advice/${byHandId.id}?locale=tr&depth=0`, token, {
    body: richText('Elle yayımlanan metin.'),
    _status: 'published',
  })
  await new Promise((r) => setTimeout(r, 4_000))
  await load.stop()

  const done = (await call('GET', 'schedules?where[state][equals]=done&limit=1&depth=0', token)) as {
    totalDocs: number
  }
  // When the runner worked, by the server's own record (this machine's clock): polling for it
  // would be late by as long as the server stalls.
  const carriedOut = async (sort: string) => {
    const {
      docs: [first],
    } = (await call('GET', `schedules?where[state][equals]=done&sort=${sort}&limit=1&depth=0`, token)) as {
      docs: Array<{ carriedOutAt: string }>
    }
    return performance.now() - (Date.now() - Date.parse(first.carriedOutAt))
  }
  const firstDone = await carriedOut('carriedOutAt')
  const lastDone = await carriedOut('-carriedOutAt')
  const before = summary(load.samples.filter((s) => s.at < dueAt))
  const during = summary(load.samples.filter((s) => s.at >= firstDone - 1_000 && s.at <= lastDone + 3_000))
  log(`pages before the schedules' time: ${JSON.stringify(before)} (ms)`)
  log(
    `the runner carried out ${done.totalDocs} of ${docs.length} in ${((lastDone - firstDone) / 1000).toFixed(1)} s ` +
      `(first done ${((firstDone - dueAt) / 1000).toFixed(1)} s after their time)`,
  )
  log(
    `pages while it worked, from 1 s before its first publish to 3 s after its last (the refresh), ` +
      `${perSecond} req/s: ${JSON.stringify(during)} (ms) — goal p99 ≤ ${goalMs} ms`,
  )
  const byHand = summary(load.samples.filter((s) => s.at >= byHandAt && s.at <= byHandAt + 4_000))
  log(`pages in the 4 s after one publish by hand, for comparison: ${JSON.stringify(byHand)} (ms)`)
  // Second by second from the schedules' time: the slowest answer asked in that second.
  const seconds = new Map<number, number>()
  for (const s of load.samples.filter((s) => s.at >= dueAt)) {
    const second = Math.floor((s.at - dueAt) / 1000)
    seconds.set(second, Math.max(seconds.get(second) ?? 0, s.ms))
  }
  log(
    `slowest page per second from their time: ${[...seconds]
      .sort(([a], [b]) => a - b)
      .map(([second, ms]) => `${second}s ${Math.round(ms)}`)
      .join(', ')}`,
  )
  ok = done.totalDocs === docs.length && during.p99 <= goalMs && during.failed === 0
} finally {
  app.stop()
}
log(`goals: ${ok ? 'met' : 'NOT met'}`)
process.exit(ok ? 0 : 1)
