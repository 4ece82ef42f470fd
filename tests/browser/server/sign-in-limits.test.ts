import { beforeAll, describe, expect, it } from 'vitest'

import { adminCredentials } from '@tests/support/browser-setup'
import { signInToAdmin, useBrowser } from '@tests/support/browser'
import { sendRaw } from '@tests/support/raw-http'
import { siteApi } from '@tests/support/site-api'

/**
 * The sign-in limits as an editor meets them on the admin's own form (which sends its fields as
 * multipart form data, not JSON): signing in over and over is never held, and once strangers
 * have spent an account's allowance, the owner's own browser still signs in while a new one is
 * told to wait, and why, in Turkish.
 */
const ctx = useBrowser()
const owner = { email: 'browser-owner@example.org', password: 'browser-owner-password-1' }

beforeAll(async () => {
  const { call, login } = siteApi(ctx.baseUrl)
  const created = await call('users', {
    method: 'POST',
    token: await login(adminCredentials),
    body: JSON.stringify({ ...owner, name: 'Tarayıcı Sahibi', role: 'editor' }),
  })
  expect(created.status).toBe(201)
})

const signOut = async (page: Awaited<ReturnType<typeof ctx.newPage>>) => {
  const context = page.context()
  const kept = (await context.cookies()).filter((cookie) => cookie.name !== 'payload-token')
  await context.clearCookies()
  await context.addCookies(kept)
}

describe('signing in on the admin form', () => {
  it('eight sign-ins in a row from one browser are never held: each right password gives its attempt back', async () => {
    const page = await ctx.newPage()
    for (let i = 0; i < 8; i++) {
      await signInToAdmin(page, owner)
      await signOut(page)
    }
    // The browser is now known to the account: its device cookie, readable by the API only.
    const device = (await page.context().cookies()).find((cookie) => cookie.name === 'rota-device')
    expect(device).toMatchObject({ httpOnly: true, path: '/api', sameSite: 'Strict' })
    await page.context().close()
  })

  it("strangers failing on the account hold new browsers, with the reason, and never the owner's", async () => {
    const own = await ctx.newPage()
    await signInToAdmin(own, owner)
    await signOut(own)
    // Addresses no other file uses: the app and its counts are shared by every browser test file.
    for (const place of ['127.0.0.51', '127.0.0.52'])
      for (let i = 0; i < 5; i++) {
        const failed = await sendRaw(ctx.baseUrl, '/api/users/login', {
          method: 'POST',
          from: place,
          body: JSON.stringify({ email: owner.email, password: `wrong-password-${i}` }),
          headers: { 'Content-Type': 'application/json' },
        })
        expect(failed.status).toBe(401)
      }

    const stranger = await ctx.newPage()
    await stranger.goto('/admin/login')
    await stranger.fill('#field-email', owner.email)
    await stranger.fill('#field-password', owner.password)
    await stranger.click('button[type="submit"]')
    await stranger.getByText('daha önce giriş yaptığınız bir tarayıcıdan hemen girebilirsiniz').first().waitFor()
    expect(stranger.url()).toContain('/admin/login')
    await stranger.context().close()

    await signInToAdmin(own, owner)
    await own.context().close()
  })
})
