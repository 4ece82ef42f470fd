import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { startApp, testSecret } from '@tests/support/app-server'
import { adminCredentials } from '@tests/support/browser-setup'
import { startFrontProxy, startProxy } from '@tests/support/nginx'
import { sendRaw } from '@tests/support/raw-http'

/**
 * docs/operations/production.md describes: a TLS proxy in front of the compose
 * proxy (our nginx file), in front of the app (TRUSTED_PROXIES=1, as docker-compose.yml sets).
 * Two readers at different addresses are limited apart. Before, every reader had the front
 * proxy's address: five failed sign-ins by one held the other's right password, and ten team
 * creations blocked team creation for everyone.
 */
const front = '127.0.0.20'
const readerA = '127.0.0.21'
const readerB = '127.0.0.22'
const stranger = '127.0.0.23'

let app: Awaited<ReturnType<typeof startApp>>
let proxy: Awaited<ReturnType<typeof startProxy>>
let frontProxy: Awaited<ReturnType<typeof startFrontProxy>>

beforeAll(async () => {
  app = await startApp({ DATABASE_URI: inject('databaseUri'), PAYLOAD_SECRET: testSecret, TRUSTED_PROXIES: '1' })
  proxy = await startProxy([new URL(app.baseUrl).host], '', `${front}/32`)
  frontProxy = await startFrontProxy(proxy.baseUrl, front)
}, 5 * 60_000)
afterAll(() => {
  frontProxy?.stop()
  proxy?.stop()
  app?.stop()
})

const signIn = (base: string, from: string, email: string, password: string, forwardedFor?: string) =>
  sendRaw(base, '/api/users/login', {
    method: 'POST',
    from,
    body: JSON.stringify({ email, password }),
    headers: { 'Content-Type': 'application/json', ...(forwardedFor ? { 'X-Forwarded-For': forwardedFor } : {}) },
  })

const createTeam = (from: string, name: string) =>
  sendRaw(frontProxy.baseUrl, '/tr/assessment/team', {
    method: 'POST',
    from,
    body: new URLSearchParams({ name }).toString(),
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
  })

describe('behind a TLS proxy and the compose proxy', () => {
  it("one reader's failed sign-ins hold that reader, not another with the right password", async () => {
    for (let i = 0; i < 5; i++)
      expect((await signIn(frontProxy.baseUrl, readerA, 'someone@example.org', `wrong-password-${i}`)).status).toBe(401)
    const held = await signIn(frontProxy.baseUrl, readerA, adminCredentials.email, adminCredentials.password)
    expect(held.status).toBe(429)
    expect(held.body).toContain('Bu adresten çok fazla başarısız deneme yapıldı')
    const other = await signIn(frontProxy.baseUrl, readerB, adminCredentials.email, adminCredentials.password)
    expect(other.status).toBe(200)
  })

  it("one reader's ten team creations hold that reader, not another", async () => {
    for (let i = 0; i < 10; i++) expect((await createTeam(readerA, `Ekip A${i}`)).status).toBe(303)
    expect((await createTeam(readerA, 'Ekip A10')).status).toBe(429)
    expect((await createTeam(readerB, 'Ekip B')).status).toBe(303)
  })

  it('the compose proxy believes X-Forwarded-For only from the proxy in front', async () => {
    // Straight to the compose proxy, naming a fresh address each time: all five count as this socket's.
    for (let i = 0; i < 5; i++)
      await signIn(proxy.baseUrl, stranger, 'someone@example.org', `wrong-password-${i}`, `198.51.100.${i + 1}`)
    const held = await signIn(
      proxy.baseUrl,
      stranger,
      adminCredentials.email,
      adminCredentials.password,
      '198.51.100.9',
    )
    expect(held.status).toBe(429)
  })
})
