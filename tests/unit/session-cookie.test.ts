import { afterEach, describe, expect, it, vi } from 'vitest'

/** The session cookie's Secure flag follows where the site is served (SERVER_URL), read when the config loads. */
async function usersConfig(serverUrl: string | undefined) {
  vi.resetModules()
  vi.stubEnv('SERVER_URL', serverUrl)
  return (await import('@collections/Users/config')).Users
}

afterEach(() => vi.unstubAllEnvs())

describe('the session cookie', () => {
  it('is Secure when the site is served over HTTPS', async () => {
    const users = await usersConfig('https://rota.stgm.org.tr')
    expect(users.auth).toMatchObject({ cookies: { secure: true, sameSite: 'Lax' } })
  })

  it('is not Secure on a plain-HTTP local start (the browser would drop it and nobody could sign in)', async () => {
    expect((await usersConfig('http://localhost:3000')).auth).toMatchObject({ cookies: { secure: false } })
    expect((await usersConfig(undefined)).auth).toMatchObject({ cookies: { secure: false } })
  })
})
