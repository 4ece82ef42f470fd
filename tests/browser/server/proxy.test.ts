import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { useBrowser } from '@tests/support/browser'
import { startProxy } from '@tests/support/nginx'
import { publishedAdvice } from '@tests/support/site-api'

/**
 * The repository's nginx configuration (the file docker-compose mounts), run by Debian's nginx
 * in front of the running app: what a burst of readers, an editor and a publish meet.
 */
const ctx = useBrowser()
let proxy: Awaited<ReturnType<typeof startProxy>>

beforeAll(async () => {
  // The app sees the proxy at an address of its own, so the app's sign-in throttle for this
  // proxy does not touch the other tests' address.
  proxy = await startProxy([new URL(ctx.baseUrl).host], 'proxy_bind 127.0.0.9;')
})
afterAll(() => proxy?.stop())

const viaProxy = (path: string, init: RequestInit = {}) =>
  fetch(proxy.baseUrl + path, { redirect: 'manual', ...init, headers: { 'Accept-Encoding': 'gzip', ...init.headers } })
const cacheStatus = async (path: string, init: RequestInit = {}) => {
  const response = await viaProxy(path, init)
  await response.arrayBuffer()
  return response.headers.get('x-cache-status')
}

describe('public pages through the proxy', () => {
  it('a burst of readers on a page reaches the app once a second; the page is gzip and may be kept one second', async () => {
    const started = Date.now()
    const statuses = await Promise.all(Array.from({ length: 40 }, () => cacheStatus('/tr/questions/16/1')))
    const seconds = Math.floor(Date.now() / 1000) - Math.floor(started / 1000) + 1
    // MISS: the first copy; EXPIRED: a refresh when the second turned (a copy lasts to the end of its second).
    const reachedApp = statuses.filter((status) => status === 'MISS' || status === 'EXPIRED')
    expect(statuses).toContain('MISS')
    expect(reachedApp.length).toBeLessThanOrEqual(seconds)
    expect(statuses.filter((status) => status === 'HIT' || status === 'UPDATING').length).toBeGreaterThanOrEqual(
      40 - seconds,
    )
    const page = await viaProxy('/tr/questions/16/1')
    expect(page.headers.get('content-encoding')).toBe('gzip')
    expect(page.headers.get('cache-control')).toBe('public, max-age=0, s-maxage=1')
    expect(await page.text()).toContain('<html')
  })

  it('hashed build files are kept for a year, here and by browsers', async () => {
    // The stylesheet of a reading page (it has no scripts) and a script of a page that keeps
    // Next.js's (a missing page: the reading pages and the self-assessment leave without them).
    const reading = await (await viaProxy('/tr')).text()
    const missing = await (await viaProxy('/tr/questions/999999')).text()
    const files = [
      /href="(\/_next\/static\/[^"]+\.css)"/.exec(reading)?.[1],
      /src="(\/_next\/static\/[^"]+\.js)"/.exec(missing)?.[1],
    ]
    for (const file of files) {
      expect(file).toBeDefined()
      await cacheStatus(file!)
      const again = await viaProxy(file!)
      expect(again.headers.get('x-cache-status')).toBe('HIT')
      expect(again.headers.get('cache-control')).toContain('immutable')
      expect(again.headers.get('content-encoding')).toBe('gzip')
    }
  })

  it('a publish is visible through the proxy within 2 seconds while readers keep the page busy', async () => {
    const advice = await publishedAdvice(
      ctx.baseUrl,
      'proxy-editor@example.org',
      61,
      'Vekil sunucu denemesi yapıyor musunuz?',
      'İlk metin.',
    )
    let reading = true
    const readers = Array.from({ length: 3 }, async () => {
      while (reading) await cacheStatus('/tr/questions/61/1')
    })
    try {
      await new Promise((r) => setTimeout(r, 1500))
      const started = Date.now()
      expect((await advice.republish('Yayımlanan yeni metin.')).status).toBe(200)
      let seenAfter = Infinity
      while (Date.now() - started < 5000) {
        if ((await (await viaProxy('/tr/questions/61/1')).text()).includes('Yayımlanan yeni metin.')) {
          seenAfter = Date.now() - started
          break
        }
        await new Promise((r) => setTimeout(r, 50))
      }
      expect(seenAfter).toBeLessThanOrEqual(2000)
    } finally {
      reading = false
      await Promise.all(readers)
      await advice.remove()
    }
  })

  it('a reader’s browser gets the site through the proxy: pages, styles and scripts', async () => {
    const page = await ctx.newPage()
    const failed: string[] = []
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`)
    })
    await page.goto(`${proxy.baseUrl}/tr/questions/16/2`)
    await page.waitForLoadState('networkidle')
    expect(failed).toEqual([])
    expect(await page.locator('h1').count()).toBe(1)
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).not.toBe('')
    await page.context().close()
  })
})

describe('never cached by the proxy', () => {
  it.each(['/admin/login', '/api/questions?limit=1', '/api/health', '/tr/assessment/team/not-a-team', '/preview'])(
    '%s goes to the app every time',
    async (path) => {
      expect(await cacheStatus(path)).toBeNull()
      expect(await cacheStatus(path)).toBeNull()
    },
  )

  it('anything a signed-in editor or a preview asks for, and it never stores their page for others', async () => {
    for (const cookie of ['payload-token=abc', 'a=b; __prerender_bypass=1']) {
      expect(await cacheStatus('/tr/questions/16/3', { headers: { Cookie: cookie } })).toBe('BYPASS')
    }
    // The readers' first request after the editor's is still a miss: nothing was stored.
    expect(await cacheStatus('/tr/questions/16/3')).toBe('MISS')
  })

  it('`/`, which sends each reader to their own language', async () => {
    const english = await viaProxy('/', { headers: { 'Accept-Language': 'en-GB,en;q=0.9' } })
    const turkish = await viaProxy('/', { headers: { 'Accept-Language': 'tr-TR' } })
    expect(english.headers.get('location')).toBe('/en')
    expect(turkish.headers.get('location')).toBe('/tr')
  })
})

describe('sign-in through the proxy', () => {
  it('a flood from one address is refused at the proxy, in Turkish and in the API’s error shape', async () => {
    const statuses: number[] = []
    let last: Response | undefined
    for (let i = 0; i < 15; i++) {
      last = await viaProxy('/api/users/login', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: 'nobody@example.org', password: 'wrong-password-1' }),
      })
      statuses.push(last.status)
      if (i < 14) await last.arrayBuffer()
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401])
    expect(statuses.at(-1)).toBe(429)
    expect(last!.headers.get('retry-after')).toBe('60')
    const body = (await last!.json()) as { errors: { message: string }[] }
    expect(body.errors[0].message).toContain('Bu adresten çok fazla giriş denemesi yapıldı')
  })
})
