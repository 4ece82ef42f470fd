import { describe, expect, it } from 'vitest'

import { signInToAdmin, useBrowser } from '@tests/support/browser'
import { adminCredentials } from '@tests/support/browser-setup'
import { sendRaw } from '@tests/support/raw-http'

/**
 * The running production app (`npm start`) at its edge: what must hold for every request
 * before any page or API code runs.
 */
const ctx = useBrowser()

const send = (path: string, options: Parameters<typeof sendRaw>[2] = {}) => sendRaw(ctx.baseUrl, path, options)

describe('the server edge', () => {
  it.each(['/%E0%A4%A', '/tr/%E0%A4%A', '/tr/questions/%ZZ'])(
    'an address that cannot be decoded (%s) is a 400 page, not a 500',
    async (path) => {
      const response = await send(path)
      expect(response.status).toBe(400)
      expect(response.body).toContain('Geçersiz adres')
    },
  )

  it('an address over 8 KB is a 414, not a 500', async () => {
    expect((await send(`/tr/search?q=${'a'.repeat(9_000)}`)).status).toBe(414)
  })

  it('the admin may not be framed by any site; pages only by this one (the admin’s live preview)', async () => {
    const admin = await send('/admin/login')
    expect(admin.headers['x-frame-options']).toBe('DENY')
    expect(admin.headers['content-security-policy']).toContain("frame-ancestors 'none'")
    const page = await send('/tr')
    expect(page.headers['x-frame-options']).toBe('SAMEORIGIN')
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'self'")
    for (const response of [admin, page, await send('/api/questions')]) {
      expect(response.headers['x-content-type-options']).toBe('nosniff')
      expect(response.headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
    }
  })

  it('only the admin asks for the colour scheme: a public page’s first request is not repeated for it', async () => {
    for (const path of ['/tr', '/tr/questions/16/2', '/tr/resources']) {
      const { headers } = await send(path)
      expect(headers['critical-ch'], path).toBeUndefined()
      expect(headers['accept-ch'], path).toBeUndefined()
      expect(String(headers.vary), path).not.toContain('Sec-CH-Prefers-Color-Scheme')
    }
    expect((await send('/admin/login')).headers['critical-ch']).toBe('Sec-CH-Prefers-Color-Scheme')
  })

  it('scripts run only from the site itself and never through eval; HSTS only for answers over HTTPS', async () => {
    for (const path of ['/tr', '/admin/login', '/tr/assessment/report?q16=2']) {
      const policy = String((await send(path)).headers['content-security-policy'])
      const scripts = /script-src ([^;]*)/.exec(policy)?.[1]
      expect(scripts, path).toBe("'self' 'unsafe-inline'")
      expect(policy, path).toContain("object-src 'none'")
      expect(policy, path).toContain("base-uri 'self'")
      expect(policy, path).not.toContain('unsafe-eval')
    }
    expect((await send('/tr')).headers['strict-transport-security']).toBeUndefined()
  })

  it('the site and the admin work under that policy: no request or script is refused by it', async () => {
    const page = await ctx.newPage()
    const refused: string[] = []
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) refused.push(`${page.url()}: ${message.text()}`)
    })
    for (const path of ['/tr', '/tr/questions/16/2', '/tr/assessment/area/1', '/tr/search?q=kurul']) {
      await page.goto(path)
      await page.waitForLoadState('networkidle')
    }
    await signInToAdmin(page, adminCredentials)
    await page.goto('/admin/collections/advice?limit=5')
    await page.waitForLoadState('networkidle')
    await page.locator('table a').first().click()
    await page.locator('[data-lexical-editor="true"]').first().waitFor()
    await page.waitForLoadState('networkidle')
    expect(refused).toEqual([])
    await page.context().close()
  })

  it('a forged X-Forwarded-For does not escape the sign-in throttle: the socket’s address counts', async () => {
    const attempt = (forged: string, from: string) =>
      send('/api/users/login', {
        method: 'POST',
        from,
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': forged },
        // An account of its own: failures at one account from anywhere count together (the
        // proxy test fails at nobody@example.org), and this test is about addresses.
        body: JSON.stringify({ email: 'forged-address@example.org', password: 'wrong-password-1' }),
      })
    for (let i = 0; i < 5; i++) expect((await attempt(`10.9.9.${i}`, '127.0.0.2')).status).toBe(401)
    expect((await attempt('10.9.9.99', '127.0.0.2')).status).toBe(429)
    // Another place is not affected.
    expect((await attempt('10.9.9.99', '127.0.0.3')).status).toBe(401)
  })
})

describe('the admin dashboard', () => {
  it('warns administrators that password-reset e-mails cannot be sent while no SMTP server is set', async () => {
    const page = await ctx.newPage()
    await signInToAdmin(page, adminCredentials)
    const warning = page.locator('.rota-email-warning')
    await warning.waitFor()
    expect(await warning.innerText()).toContain('E-posta gönderimi ayarlanmamış')
    expect(await warning.innerText()).toContain('SMTP_URL')
    await page.context().close()
  })
})
