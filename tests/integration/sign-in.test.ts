import { beforeAll, describe, expect, it, vi } from 'vitest'

import { usePayload } from '@tests/support/boot'
import { createCast, type Cast } from '@tests/support/content'
import { httpClient, tokenFor } from '@tests/support/http'

/**
 * Signing in: nobody can lock an editor out from one place, a locked account reads like a
 * wrong password (its existence is not revealed), and passwords have a useful length on
 * every path that sets one.
 */
const ctx = usePayload()
let http: ReturnType<typeof httpClient>
let cast: Cast

beforeAll(async () => {
  // Each refusal is logged as one line; the test output does not need them.
  vi.spyOn(console, 'warn').mockImplementation(() => undefined)
  http = httpClient(ctx.payload)
  cast = await createCast(ctx.payload)
})

const signIn = (email: string, password: string, address: string) =>
  http.rest('POST', 'users/login', { body: { email, password }, headers: { 'X-Forwarded-For': address } })

describe('per-address throttle', () => {
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
    expect(JSON.stringify(refused.json)).toContain('10 dakika sonra tekrar deneyin')
    // The editor, elsewhere, signs in: one failure from that place did not lock the account.
    expect((await signIn('editor@example.org', 'test-password-123', '198.51.100.20')).status).toBe(200)
  })

  it('counts GraphQL sign-ins too', async () => {
    const mutation = 'mutation { loginUser(email: "nobody@example.org", password: "wrong-password-1") { token } }'
    for (let i = 0; i < 5; i++) await http.graphql(mutation, { headers: { 'X-Forwarded-For': '203.0.113.11' } })
    expect((await http.graphql(mutation, { headers: { 'X-Forwarded-For': '203.0.113.11' } })).status).toBe(429)
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
})

describe('a locked account', () => {
  it('answers exactly like an unknown address: same status, same message', async () => {
    // Five failures from five places lock the account for ten minutes (Payload's own lockout).
    for (let i = 0; i < 4; i++) await signIn('translator@example.org', 'wrong-password-1', `192.0.2.${i + 1}`)
    expect((await signIn('translator@example.org', 'test-password-123', '192.0.2.50')).status).toBe(200)
    for (let i = 0; i < 5; i++) await signIn('translator@example.org', 'wrong-password-1', `192.0.2.${i + 1}`)
    const locked = await signIn('translator@example.org', 'test-password-123', '192.0.2.100')
    const unknown = await signIn('nobody@example.org', 'test-password-123', '192.0.2.101')
    expect(locked.status).toBe(401)
    expect(locked).toMatchObject({ status: unknown.status, json: unknown.json })
    expect(JSON.stringify(locked.json)).toContain('E-posta ya da parola hatalı ya da hesap kilitli')
    expect(JSON.stringify(locked.json)).toContain('5 hatalı denemeden sonra hesap 10 dakika kilitlenir')
    const lock = await ctx.payload.findByID({ collection: 'users', id: cast.translator.id, showHiddenFields: true })
    const lockedForMinutes = (Date.parse(String(lock.lockUntil)) - Date.now()) / 60_000
    expect(lockedForMinutes).toBeGreaterThan(9)
    expect(lockedForMinutes).toBeLessThanOrEqual(10)
    await ctx.payload.update({
      collection: 'users',
      id: cast.translator.id,
      data: { lockUntil: null, loginAttempts: 0 } as never,
    })
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
