import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, inject } from 'vitest'

/** Debian's Chromium; Playwright cannot download its own browsers here. */
const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
]

export function useBrowser(): {
  readonly browser: Browser
  readonly baseUrl: string
  newPage: (options?: { locale?: string }) => Promise<Page>
} {
  const holder = { baseUrl: inject('baseUrl') } as {
    browser: Browser
    baseUrl: string
    newPage: (options?: { locale?: string }) => Promise<Page>
  }
  beforeAll(async () => {
    holder.browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: chromiumFlags,
    })
  })
  afterAll(async () => holder.browser?.close())
  holder.newPage = async ({ locale = 'tr-TR' } = {}) => {
    const context = await holder.browser.newContext({ baseURL: holder.baseUrl, locale })
    return context.newPage()
  }
  return holder
}

/** Signs in through the admin's own login form, as an editor does, and waits for the dashboard. */
export async function signInToAdmin(page: Page, credentials: { email: string; password: string }): Promise<void> {
  await page.goto('/admin/login')
  await page.fill('#field-email', credentials.email)
  await page.fill('#field-password', credentials.password)
  await page.click('button[type="submit"]')
  await page.waitForURL(/\/admin$/)
}
