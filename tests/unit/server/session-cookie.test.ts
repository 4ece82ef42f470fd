import { afterEach, describe, expect, it, vi } from 'vitest'

import { plainHttpWarning, sessionCookieSecure } from '@/cms/session-cookie'

/** The session cookie's Secure flag follows where the site is served (SERVER_URL), read when the config loads. */
async function usersConfig(serverUrl: string | undefined, nodeEnv = 'test') {
  vi.resetModules()
  vi.stubEnv('SERVER_URL', serverUrl)
  vi.stubEnv('NODE_ENV', nodeEnv)
  return (await import('@collections/Users/config')).Users
}

afterEach(() => vi.unstubAllEnvs())

describe('the session cookie', () => {
  it('is Secure and SameSite=Lax when the site is served over HTTPS', async () => {
    const users = await usersConfig('https://rota.stgm.org.tr')
    expect(users.auth).toMatchObject({ cookies: { secure: true, sameSite: 'Lax' } })
  })

  it('is Secure on a production server at a public address, even one configured with http://', async () => {
    expect((await usersConfig('http://rota.stgm.org.tr', 'production')).auth).toMatchObject({
      cookies: { secure: true, sameSite: 'Lax' },
    })
    expect(plainHttpWarning('http://rota.stgm.org.tr')).toContain('HTTPS')
  })

  it('is not Secure on a plain-HTTP local start, where curl and scripts would not send it back', async () => {
    expect((await usersConfig('http://localhost:3000', 'production')).auth).toMatchObject({
      cookies: { secure: false },
    })
    expect((await usersConfig(undefined)).auth).toMatchObject({ cookies: { secure: false } })
    for (const local of ['http://127.0.0.1:3000', 'http://[::1]:3000'])
      expect(sessionCookieSecure(local, 'production')).toBe(false)
    expect(plainHttpWarning('http://localhost:3000')).toBeNull()
    expect(plainHttpWarning('https://rota.stgm.org.tr')).toBeNull()
  })
})
