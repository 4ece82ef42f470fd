import { describe, expect, it } from 'vitest'

import { useBrowser } from '@tests/support/browser'

/**
 * The first visit on a phone over a slow line: the web font arrives after the first paint.
 * The text must not jump (the metric-matched fallback and `font-display: optional` in
 * styles.css); before, these pages shifted by 0.16–0.24 (Cumulative Layout Shift, measured the
 * same way), and with the fallback but `swap` search still shifted by about 0.1 here.
 */
const ctx = useBrowser()

async function layoutShift(path: string): Promise<number> {
  const context = await ctx.browser.newContext({
    baseURL: ctx.baseUrl,
    viewport: { width: 375, height: 740 },
    deviceScaleFactor: 2,
    locale: 'tr-TR',
  })
  const page = await context.newPage()
  // The font files come 800 ms late, as on a slow mobile connection.
  await page.route('**/*.woff2', async (route) => {
    await new Promise((r) => setTimeout(r, 800))
    await route.continue()
  })
  await page.addInitScript(`window.__shift = 0
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value
    }).observe({ type: 'layout-shift', buffered: true })`)
  await page.goto(path)
  await page.waitForLoadState('networkidle')
  await page.waitForTimeout(300)
  // The web font did arrive, late: a swap would have happened by now.
  expect(await page.evaluate(`document.fonts.check('16px "Source Sans 3 Variable"')`)).toBe(true)
  const shift = (await page.evaluate('window.__shift')) as number
  await context.close()
  return shift
}

describe('a late web font', () => {
  it.each(['/tr', '/tr/questions/16', '/tr/questions/16/2', '/tr/resources', '/tr/search?q=kurul'])(
    'does not move %s',
    async (path) => {
      expect(await layoutShift(path)).toBeLessThan(0.001)
    },
  )
})
