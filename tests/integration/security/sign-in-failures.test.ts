import { beforeAll, describe, expect, it, vi } from 'vitest'
import type { Payload } from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'

import { usePayload } from '@tests/support/boot'
import { createCast, type Cast } from '@tests/support/content'
import { httpClient, tokenFor } from '@tests/support/http'
import { limits } from '@/shared/limits'

/**
 * Strangers cannot write the activity log: a failed sign-in is counted apart, one entry per
 * address, account and minute, naming only accounts that exist; every attempt counts (REST,
 * GraphQL, aliased, in parallel); a flood from any number of addresses adds a bounded number
 * of entries; changes stay on the dashboard; and the weekly job removes what is past its time.
 */
const ctx = usePayload()
let http: ReturnType<typeof httpClient>
let cast: Cast
let tokens: Record<'admin' | 'editor', string>
/** An account only these tests fail to sign in to (five failures lock it: still counted). */
const target = { email: 'hedef@example.org', id: '' }

type Failure = {
  id: string
  minute: string
  address: string
  account?: string | null
  accountName?: string | null
  count: number
}

/** The entries of failed sign-ins from some addresses, as an administrator reads them over REST. */
async function failuresFrom(...addresses: string[]): Promise<Failure[]> {
  const query = addresses.map((a, i) => `where[address][in][${i}]=${encodeURIComponent(a)}`).join('&')
  const { status, json } = await http.rest('GET', `sign-in-failures?${query}&limit=500&depth=0`, {
    token: tokens.admin,
  })
  expect(status).toBe(200)
  return json.docs as Failure[]
}

const signIn = (email: unknown, address: string) =>
  http.rest('POST', 'users/login', {
    body: { email, password: 'wrong-password-123' },
    headers: { 'X-Forwarded-For': address },
  })

const total = (entries: Array<{ count: number }>) => entries.reduce((sum, e) => sum + e.count, 0)

/** A log of this module with its own clock (and its own queue, as a second process has). */
async function logAt(payload: Payload, at: () => number) {
  const { SignInFailureLog } = await import('@/cms/activity/sign-in-failures')
  return new SignInFailureLog(payload, at)
}

const everything = async () =>
  JSON.stringify([
    (await ctx.payload.find({ collection: 'activity-log', pagination: false, overrideAccess: true })).docs,
    (await ctx.payload.find({ collection: 'sign-in-failures', pagination: false, overrideAccess: true })).docs,
  ])

beforeAll(async () => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined)
  http = httpClient(ctx.payload)
  cast = await createCast(ctx.payload)
  tokens = {
    admin: await tokenFor(ctx.payload, cast.admin.email),
    editor: await tokenFor(ctx.payload, cast.editor.email),
  }
  const user = await ctx.payload.create({
    collection: 'users',
    data: { email: target.email, password: 'test-password-123', name: 'Hedef Hesap', role: 'editor' },
  })
  target.id = String(user.id)
})

describe('what an entry keeps', () => {
  it('never the typed text: an unknown name reads "bilinmeyen hesap"; an existing account is named as stored', async () => {
    const typed = `\u202Eevil-${'x'.repeat(200)}@example.org`
    expect((await signIn(typed, '203.0.113.1')).status).toBe(401)
    expect((await signIn('Nobody.Here@Example.org', '203.0.113.1')).status).toBe(401)
    expect((await signIn({ $ne: 'x' }, '203.0.113.1')).status).toBeGreaterThanOrEqual(400)
    expect((await signIn('  HEDEF@example.org ', '203.0.113.1')).status).toBe(401)
    const entries = await failuresFrom('203.0.113.1')
    expect(entries.map((e) => [e.accountName, e.account ?? null, e.count]).sort()).toEqual([
      ['bilinmeyen hesap', null, 2],
      [target.email, target.id, 1],
    ])
    const stored = await everything()
    for (const text of ['evil', '\u202E', 'nobody.here', 'Nobody', 'HEDEF']) expect(stored).not.toContain(text)
  })

  it('an address that is no IP address is not stored either', async () => {
    const before = total(await failuresFrom('bilinmeyen adres'))
    expect((await signIn('a@example.org', `<script>${'z'.repeat(300)}`)).status).toBe(401)
    expect(total(await failuresFrom('bilinmeyen adres'))).toBe(before + 1)
    expect(await everything()).not.toContain('<script>')
  })

  it('nobody but administrators reads them, and nobody writes them through the API', async () => {
    expect((await http.rest('GET', 'sign-in-failures', { token: tokens.editor })).status).toBe(403)
    expect((await http.rest('GET', 'sign-in-failures')).status).toBe(403)
    const [entry] = await failuresFrom('203.0.113.1')
    for (const [method, route] of [
      ['POST', 'sign-in-failures'],
      ['PATCH', `sign-in-failures/${entry.id}`],
      ['DELETE', `sign-in-failures/${entry.id}`],
    ] as const)
      expect((await http.rest(method, route, { token: tokens.admin, body: { count: 0 } })).status).toBe(403)
    const graphql = await http.graphql('{ SignInFailures { docs { address count } } }', { token: tokens.editor })
    expect(graphql.json.data?.SignInFailures ?? null).toBeNull()
  })
})

describe('every attempt counts', () => {
  it('each loginUser of one GraphQL request, aliased or not, inline or by variable', async () => {
    const mutation = `mutation($email: String!) {
      first: loginUser(email: $email, password: "wrong-password-1") { token }
      second: loginUser(email: "nobody@example.org", password: "wrong-password-2") { token }
      loginUser(email: "nobody@example.org", password: "wrong-password-3") { token }
    }`
    const { json } = await http.graphql(mutation, {
      variables: { email: target.email },
      headers: { 'X-Forwarded-For': '203.0.113.2' },
    })
    expect(json.errors).toHaveLength(3)
    const entries = await failuresFrom('203.0.113.2')
    expect(entries.map((e) => [e.accountName, e.count]).sort()).toEqual([
      ['bilinmeyen hesap', 2],
      [target.email, 1],
    ])
  })

  it('attempts refused on arrival are counted too: 60 aliases in one request, refused with 429, are 60 failures', async () => {
    const aliases = Array.from(
      { length: 60 },
      (_, i) => `a${i}: loginUser(email: "nobody@example.org", password: "wrong-password-${i}") { token }`,
    )
    const { status } = await http.graphql(`mutation { ${aliases.join('\n')} }`, {
      headers: { 'X-Forwarded-For': '203.0.113.3' },
    })
    expect(status).toBe(429)
    await vi.waitFor(async () => expect(total(await failuresFrom('203.0.113.3'))).toBe(60), { timeout: 5_000 })
  })

  it('60 parallel failures over REST and GraphQL from 20 addresses: each counted once', async () => {
    const addresses = Array.from({ length: 20 }, (_, i) => `198.51.100.${i + 1}`)
    const graphql = (address: string) =>
      http.graphql('mutation { loginUser(email: "kimse@example.org", password: "wrong-password-1") { token } }', {
        headers: { 'X-Forwarded-For': address },
      })
    const othersBefore = total(await failuresFrom('diğer adresler'))
    await Promise.all(addresses.flatMap((a) => [signIn('kimse@example.org', a), signIn(target.email, a), graphql(a)]))
    // 40 entries are more than one minute may add: the attempts beyond count as "diğer adresler".
    const entries = await failuresFrom(...addresses)
    expect(total(entries) + total(await failuresFrom('diğer adresler')) - othersBefore).toBe(60)
    // Per address and account: a burst that crosses a minute is two entries of one minute each.
    const perAccount = new Map<string, Failure>()
    for (const entry of entries) {
      const key = `${entry.address} ${entry.accountName}`
      const sum = perAccount.get(key)
      perAccount.set(key, sum ? { ...sum, count: sum.count + entry.count } : { ...entry })
    }
    for (const entry of perAccount.values())
      expect([entry.accountName, entry.count]).toEqual(entry.account ? [target.email, 1] : ['bilinmeyen hesap', 2])
    expect(entries.length).toBeGreaterThan(0)
  })

  it('60 parallel failures on one entry, written by two processes at once, count 60', async () => {
    const minute = Date.parse('2031-03-02T10:15:20Z')
    const [one, other] = [await logAt(ctx.payload, () => minute), await logAt(ctx.payload, () => minute)]
    await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        (i % 2 ? one : other).record({ address: '192.0.2.60', email: target.email }),
      ),
    )
    const entries = await failuresFrom('192.0.2.60')
    expect(entries.map((e) => [e.minute, e.accountName, e.count])).toEqual([
      ['2031-03-02T10:15:00.000Z', target.email, 60],
    ])
  })
})

describe('a flood', () => {
  const address = (i: number) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`
  const rows = async (from: string, to: string) =>
    (
      await ctx.payload.find({
        collection: 'sign-in-failures',
        where: { and: [{ minute: { greater_than_equal: from } }, { minute: { less_than: to } }] },
        pagination: false,
        overrideAccess: true,
      })
    ).docs

  it('10,000 failures from 10,000 addresses in one minute: every one counted, in a bounded number of entries', async () => {
    const log = await logAt(ctx.payload, () => Date.parse('2031-04-01T08:00:30Z'))
    await Promise.all(
      Array.from({ length: 10_000 }, (_, i) => log.record({ address: address(i), email: `x${i}@example.org` })),
    )
    const entries = await rows('2031-04-01T08:00:00Z', '2031-04-01T08:01:00Z')
    expect(entries).toHaveLength(limits.activityLog.signInFailureEntriesPerMinute + 1)
    expect(total(entries)).toBe(10_000)
    expect(entries.filter((e) => e.address === 'diğer adresler')).toHaveLength(1)
  })

  it('over 100 minutes, at most the day bound plus one "others" entry a minute; an existing account keeps its entry', async () => {
    let now = Date.parse('2031-05-01T00:00:00Z')
    const log = await logAt(ctx.payload, () => now)
    for (let minute = 0; minute < 100; minute++) {
      now = Date.parse('2031-05-01T00:00:00Z') + minute * 60_000
      await Promise.all(
        Array.from({ length: 100 }, (_, i) =>
          log.record({ address: address(minute * 100 + i), email: i === 99 ? target.email : `y${i}@example.org` }),
        ),
      )
    }
    const entries = await rows('2031-05-01T00:00:00Z', '2031-05-02T00:00:00Z')
    expect(entries.length).toBeLessThanOrEqual(limits.activityLog.signInFailureEntriesPerDay + 100)
    expect(total(entries)).toBe(10_000)
    // Attempts at a real account come first within a minute, so the first minutes keep them apart.
    expect(entries.filter((e) => e.accountName === target.email).length).toBeGreaterThan(0)
  })
})

describe('apart from the changes', () => {
  it("failures neither enter the log nor push the changes off the dashboard's recent list", async () => {
    const created = await http.rest('POST', 'questions?locale=tr', {
      token: tokens.editor,
      body: { number: 81, text: 'Kaybolmayan değişiklik?', _status: 'published' },
    })
    expect(created.status).toBe(201)
    await Promise.all(Array.from({ length: 50 }, (_, i) => signIn(`flood${i}@example.org`, `203.0.113.${100 + i}`)))
    const log = await http.rest('GET', 'activity-log?limit=100&depth=0', { token: tokens.admin })
    expect((log.json.docs as Array<{ action: string }>).map((e) => e.action)).not.toContain('sign_in_failed')

    const { default: RecentChanges } = await import('@/cms/admin/dashboard/RecentChanges')
    const i18n = { language: 'tr' } as never
    const recent = renderToStaticMarkup(await RecentChanges({ payload: ctx.payload, user: cast.editor, i18n } as never))
    expect(recent).toContain('Soru: Kaybolmayan değişiklik?')
    expect(recent).not.toContain('bilinmeyen hesap')
  })

  it("administrators get their own panel of failed sign-ins; editors don't", async () => {
    const { default: Panel } = await import('@/cms/admin/dashboard/SignInFailures')
    const i18n = { language: 'tr' } as never
    const panel = renderToStaticMarkup(await Panel({ payload: ctx.payload, user: cast.admin, i18n } as never))
    expect(panel).toContain('Başarısız girişler')
    expect(panel).toMatch(/Son 24 saatte [\d.]+ başarısız giriş denemesi\./)
    expect(panel).toContain('href="/admin/collections/sign-in-failures"')
    expect(await Panel({ payload: ctx.payload, user: cast.editor, i18n } as never)).toBeNull()
  })
})

describe('retention', () => {
  it('the weekly job removes changes after two years and failed sign-ins after 90 days, and keeps the rest', async () => {
    const task = ctx.payload.config.jobs.tasks?.find((t) => t.slug === 'trimActivityLog')
    expect(task?.schedule?.[0]?.cron).toBe('0 30 4 * * 1')
    const day = 24 * 60 * 60 * 1000
    const ago = (days: number) => new Date(Date.now() - days * day).toISOString()
    const change = (title: string, days: number) =>
      ctx.payload.db.create({
        collection: 'activity-log',
        data: {
          action: 'publish',
          personName: 'Eski',
          documentTitle: title,
          createdAt: ago(days),
          updatedAt: ago(days),
        },
      })
    const failure = (address: string, days: number) =>
      ctx.payload.db.create({
        collection: 'sign-in-failures',
        data: { key: `${ago(days)} ${address}`, minute: ago(days), address, accountName: 'bilinmeyen hesap', count: 3 },
      })
    await change('Çok eski', limits.activityLog.changesDays + 1)
    await change('Eski ama tutulan', limits.activityLog.changesDays - 1)
    await failure('192.0.2.201', limits.activityLog.signInFailuresDays + 1)
    await failure('192.0.2.202', limits.activityLog.signInFailuresDays - 1)

    await ctx.payload.jobs.queue({ task: 'trimActivityLog', input: {}, queue: 'nightly' })
    await ctx.payload.jobs.run({ queue: 'nightly' })

    const titles = (
      await ctx.payload.find({
        collection: 'activity-log',
        where: { personName: { equals: 'Eski' } },
        overrideAccess: true,
      })
    ).docs.map((e) => e.documentTitle)
    expect(titles).toEqual(['Eski ama tutulan'])
    expect((await failuresFrom('192.0.2.201', '192.0.2.202')).map((e) => e.address)).toEqual(['192.0.2.202'])
    // Today's entries stay.
    expect((await failuresFrom('203.0.113.1')).length).toBeGreaterThan(0)
  })
})
