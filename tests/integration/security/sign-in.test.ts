import { beforeAll, describe, expect, it, vi } from 'vitest'

import { usePayload } from '@tests/support/boot'
import { createCast, type Cast } from '@tests/support/content'
import { httpClient, tokenFor } from '@tests/support/http'

/**
 * Signing in: every attempt counts (each GraphQL alias, each of a burst of parallel requests),
 * nobody can lock an account's owner out, and passwords have a useful length on every path
 * that sets one.
 */
const ctx = usePayload()
let http: ReturnType<typeof httpClient>
let cast: Cast

beforeAll(async () => {
  // Each refusal is logged as one line; the test output does not need them.
  vi.spyOn(console, 'warn').mockImplementation(() => undefined)
  ctx.payload.logger.level = 'warn'
  http = httpClient(ctx.payload)
  cast = await createCast(ctx.payload)
})

const signIn = (email: string, password: string, address: string, cookie?: string) =>
  http.rest('POST', 'users/login', {
    body: { email, password },
    headers: { 'X-Forwarded-For': address, ...(cookie ? { Cookie: cookie } : {}) },
  })

/** The browser's device cookie after a successful sign-in (what it sends back next time). */
const deviceOf = (answer: { headers: Headers }) =>
  answer.headers
    .getSetCookie()
    .find((cookie) => cookie.startsWith('rota-device='))
    ?.split(';')[0]

const loginAliases = (count: number, password = 'wrong-password-1') =>
  `mutation { ${Array.from(
    { length: count },
    (_, i) => `a${i}: loginUser(email: "admin@example.org", password: "${password}-${i}") { token }`,
  ).join(' ')} }`

describe('per-address limit', () => {
  it('after five failures one address is refused (429), even with the right password for another account', async () => {
    // One place trying several accounts: each account has failures to spare, the address has none.
    for (const email of [
      'nobody@example.org',
      'someone@example.org',
      'editor@example.org',
      'x@example.org',
      'y@example.org',
    ])
      expect((await signIn(email, 'wrong-password-1', '203.0.113.10')).status).toBe(401)
    const refused = await signIn('admin@example.org', 'admin-password-123', '203.0.113.10')
    expect(refused.status).toBe(429)
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/)
    expect(JSON.stringify(refused.json)).toContain('dakika sonra tekrar deneyin')
    // The editor, elsewhere, signs in.
    expect((await signIn('editor@example.org', 'test-password-123', '198.51.100.20')).status).toBe(200)
  })

  it('counts every GraphQL alias: 60 loginUser in one request try no password at all', async () => {
    const sixty = await http.graphql(loginAliases(60), { headers: { 'X-Forwarded-For': '203.0.113.11' } })
    expect(sixty.status).toBe(429)
    expect(JSON.stringify(sixty.json)).not.toContain('token')
    const five = await http.graphql(loginAliases(5), { headers: { 'X-Forwarded-For': '203.0.113.13' } })
    expect(five.status).toBe(200)
    expect(five.json.errors).toHaveLength(5)
    const sixth = await http.graphql(loginAliases(1), { headers: { 'X-Forwarded-For': '203.0.113.13' } })
    expect(sixth.status).toBe(429)
  })

  it('counts sign-ins hidden in fragments and inline fragments', async () => {
    const hidden = `mutation { ...M ... on Mutation { b: loginUser(email: "x@example.org", password: "wrong-password-1") { token } } }
      fragment M on Mutation { ${Array.from({ length: 5 }, (_, i) => `m${i}: loginUser(email: "x@example.org", password: "p-${i}") { token }`).join(' ')} }`
    expect((await http.graphql(hidden, { headers: { 'X-Forwarded-For': '203.0.113.14' } })).status).toBe(429)
  })

  it('60 parallel sign-ins from one address: five reach a password check, the rest are refused on arrival', async () => {
    const answers = await Promise.all(
      Array.from({ length: 60 }, (_, i) => signIn('admin@example.org', `wrong-password-${i}`, '203.0.113.15')),
    )
    const statuses = answers.map((answer) => answer.status)
    expect(statuses.filter((status) => status === 401)).toHaveLength(5)
    expect(statuses.filter((status) => status === 429)).toHaveLength(55)
  })

  it('counts password-reset requests, so one place cannot flood an inbox', async () => {
    for (let i = 0; i < 5; i++) {
      const sent = await http.rest('POST', 'users/forgot-password', {
        body: { email: 'editor@example.org' },
        headers: { 'X-Forwarded-For': '203.0.113.12' },
      })
      expect(sent.status).toBe(200)
    }
    const refused = await http.rest('POST', 'users/forgot-password', {
      body: { email: 'editor@example.org' },
      headers: { 'X-Forwarded-For': '203.0.113.12' },
    })
    expect(refused.status).toBe(429)
  })

  it('a right password gives its attempt back: colleagues behind one address are not held by their own sign-ins', async () => {
    for (let round = 0; round < 4; round++) {
      expect((await signIn('translator@example.org', 'wrong-password-1', '203.0.113.16')).status).toBe(401)
      expect((await signIn('translator@example.org', 'test-password-123', '203.0.113.16')).status).toBe(200)
    }
  })
})

describe('nobody can lock the owner out', () => {
  it('an attacker at one address fails 50 times; the owner at another address signs in at once', async () => {
    // An account no other test here has tried, so only this attacker's failures count against it.
    await ctx.payload.create({
      collection: 'users',
      data: { email: 'owner@example.org', password: 'owner-password-123', name: 'Sahip', role: 'admin' },
    })
    for (let i = 0; i < 50; i++) await signIn('owner@example.org', `guess-${i}-password`, '192.0.2.66')
    expect((await signIn('owner@example.org', 'owner-password-123', '198.51.100.70')).status).toBe(200)
  })

  it('many addresses failing on one account hold new browsers, never the browser the owner signed in with', async () => {
    const owner = await signIn('nolang@example.org', 'test-password-123', '198.51.100.80')
    const device = deviceOf(owner)
    expect(device).toBeDefined()
    // Three places, five failures each: the account's allowance for new browsers (10) is spent.
    for (const place of ['192.0.2.81', '192.0.2.82', '192.0.2.83'])
      for (let i = 0; i < 5; i++) await signIn('nolang@example.org', `guess-${i}-password`, place)
    const stranger = await signIn('nolang@example.org', 'test-password-123', '198.51.100.84')
    expect(stranger.status).toBe(429)
    expect(JSON.stringify(stranger.json)).toContain('daha önce giriş yaptığınız bir tarayıcıdan hemen girebilirsiniz')
    expect((await signIn('nolang@example.org', 'test-password-123', '198.51.100.85', device)).status).toBe(200)
    // A made-up device cookie is no key.
    const forged = await signIn('nolang@example.org', 'test-password-123', '198.51.100.86', 'rota-device=a.b.c')
    expect(forged.status).toBe(429)
  })

  it('a wrong password and an unknown address read alike: nothing tells which accounts exist', async () => {
    const wrong = await signIn('editor@example.org', 'wrong-password-1', '192.0.2.100')
    const unknown = await signIn('nobody@example.org', 'wrong-password-1', '192.0.2.101')
    expect(wrong.status).toBe(401)
    expect(wrong).toMatchObject({ status: unknown.status, json: unknown.json })
    expect(JSON.stringify(wrong.json)).toContain('E-posta ya da parola hatalı')
  })
})

describe('passwords', () => {
  it('of fewer than ten characters are refused on create and on change, with a Turkish message on the field', async () => {
    const admin = await tokenFor(ctx.payload, 'admin@example.org')
    const created = await http.rest('POST', 'users', {
      token: admin,
      body: { email: 'short@example.org', password: 'abc', name: 'Kısa', role: 'editor' },
    })
    expect(created.status).toBe(400)
    expect(JSON.stringify(created.json)).toContain('Parola en az 10')
    const editor = await tokenFor(ctx.payload, 'editor@example.org')
    const changed = await http.rest('PATCH', `users/${cast.editor.id}`, {
      token: editor,
      body: { password: '123456789' },
    })
    expect(changed.status).toBe(400)
    expect(
      (
        await http.rest('PATCH', `users/${cast.editor.id}`, {
          token: editor,
          body: { password: 'uzun bir parola 2026' },
        })
      ).status,
    ).toBe(200)
  })

  it('are checked on reset-password too', async () => {
    const token = await ctx.payload.forgotPassword({
      collection: 'users',
      data: { email: 'admin@example.org' },
      disableEmail: true,
    })
    const reset = await http.rest('POST', 'users/reset-password', { body: { token, password: 'abc' } })
    expect(reset.status).toBe(400)
    expect(JSON.stringify(reset.json)).toContain('Parola en az 10')
  })
})
