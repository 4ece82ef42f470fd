/**
 * `npm run bench:notifications`: 1,000 e-mails of notifications while readers read. The
 * benchmark site (sample content plus 1,000 generated advice) runs under `npm start` with a real
 * SMTP server in this process; 100 editors are told at once of each of ten translations a
 * translator sends to review (1,000 notifications, each an e-mail queued in the outbox and sent
 * by the serving app). Readers ask for five reading pages at a steady 100 requests a second from
 * before the first review until the last e-mail has arrived. Goals (issue 24): all 1,000 arrive
 * within a minute of the first review, once each, and page p99 stays ≤ 100 ms meanwhile.
 */
import { randomBytes } from 'node:crypto'

import { log, startLoadedSite } from '@bench/loaded-site'
import { steadyReaders, summary } from '@bench/steady-readers'
import { startSmtpServer } from '@tests/support/smtp'
import { richText } from '@tests/support/site-api'

const editors = 100
const reviews = 10
const expected = editors * reviews
const perSecond = 100
const goals = { sentWithinMs: 60_000, pageP99Ms: 100 }
const pages = ['/tr', '/tr/questions/16', '/tr/questions/16/2', '/tr/questions/120/3', '/en/questions/150/5']
const admin = { email: 'bench-admin@example.org', password: randomBytes(12).toString('hex') }
const password = randomBytes(12).toString('hex')

const smtp = await startSmtpServer()
const app = await startLoadedSite('notifications', {
  ADMIN_EMAIL: admin.email,
  ADMIN_PASSWORD: admin.password,
  SMTP_URL: smtp.url(),
})
let ok = false

const call = async (method: string, route: string, token: string | null, body?: object) => {
  const response = await fetch(`${app.baseUrl}/api/${route}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `JWT ${token}` } : {}) },
    body: body && JSON.stringify(body),
  })
  if (!response.ok) throw new Error(`${method} ${route}: ${response.status} ${(await response.text()).slice(0, 200)}`)
  return (await response.json()) as Record<string, unknown>
}
const login = async (email: string, secret: string) =>
  (await call('POST', 'users/login', null, { email, password: secret })).token as string

try {
  const token = await login(admin.email, admin.password)
  // The administrator is told of reviews too: 99 more make the hundred.
  log(`creating ${editors - 1} editors and a translator…`)
  for (let i = 0; i < editors - 1; i++)
    await call('POST', 'users', token, {
      email: `editor-${i}@example.org`,
      password,
      name: `Editör ${i}`,
      role: 'editor',
    })
  await call('POST', 'users', token, {
    email: 'translator@example.org',
    password,
    name: 'Çevirmen',
    role: 'translator',
    languages: ['en'],
  })
  const translator = await login('translator@example.org', password)
  const { docs } = (await call('GET', `advice?limit=${reviews}&depth=0&sort=-id&select[id]=true`, token)) as {
    docs: Array<{ id: string }>
  }
  for (const page of [...pages, ...pages]) await (await fetch(app.baseUrl + page)).arrayBuffer()
  await new Promise((r) => setTimeout(r, 5_000))
  smtp.received.length = 0

  const load = steadyReaders(app.baseUrl, pages, perSecond)
  await new Promise((r) => setTimeout(r, 5_000))
  const startedAt = performance.now()
  for (const [i, { id }] of docs.entries())
    await call('PATCH', `advice/${id}?locale=en&draft=true&depth=0`, translator, {
      body: richText(`English translation ${i}.`),
      reviewState: 'in_review',
    })
  const requestedAt = performance.now()
  const deadline = startedAt + 3 * goals.sentWithinMs
  while (smtp.received.length < expected && performance.now() < deadline) await new Promise((r) => setTimeout(r, 100))
  const doneAt = performance.now()
  await new Promise((r) => setTimeout(r, 2_000))
  await load.stop()

  const ids = smtp.received.map((mail) => mail.messageId)
  const unique = new Set(ids).size
  const during = summary(load.samples.filter((s) => s.at >= startedAt && s.at <= doneAt))
  const before = summary(load.samples.filter((s) => s.at < startedAt))
  log(`the ${reviews} reviews were sent in ${((requestedAt - startedAt) / 1000).toFixed(1)} s`)
  log(
    `${smtp.received.length} e-mails arrived (${unique} distinct Message-IDs, ${expected} expected at least) ` +
      `${((doneAt - startedAt) / 1000).toFixed(1)} s after the first review — goal ≤ ${goals.sentWithinMs / 1000} s`,
  )
  log(`pages before: ${JSON.stringify(before)} (ms)`)
  log(`pages meanwhile, ${perSecond} req/s: ${JSON.stringify(during)} (ms) — goal p99 ≤ ${goals.pageP99Ms} ms`)
  ok =
    smtp.received.length >= expected &&
    unique === smtp.received.length &&
    doneAt - startedAt <= goals.sentWithinMs &&
    during.p99 <= goals.pageP99Ms &&
    during.failed === 0
} finally {
  app.stop()
  await smtp.stop()
}
log(`goals: ${ok ? 'met' : 'NOT met'}`)
process.exit(ok ? 0 : 1)
