import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { startApp, testSecret } from '@tests/support/app-server'
import { useBrowser } from '@tests/support/browser'
import { startProxy } from '@tests/support/nginx'
import { publishedAdvice } from '@tests/support/site-api'

/**
 * Two app processes on one database behind the proxy, as docker-compose runs several app
 * containers: a publish through one instance shows on the other, and through the proxy, within
 * two seconds, on pages and on the reports each instance keeps.
 */
const ctx = useBrowser()
let second: Awaited<ReturnType<typeof startApp>>
let proxy: Awaited<ReturnType<typeof startProxy>>

beforeAll(async () => {
  second = await startApp({ DATABASE_URI: inject('databaseUri'), PAYLOAD_SECRET: testSecret })
  proxy = await startProxy([new URL(ctx.baseUrl).host, new URL(second.baseUrl).host])
}, 5 * 60_000)
afterAll(() => {
  proxy?.stop()
  second?.stop()
})

const read = async (url: string) => (await fetch(url)).text()

/** Milliseconds until every address shows `text`, or Infinity after 6 s. */
async function visibleEverywhere(urls: string[], text: string, since: number): Promise<number> {
  const pending = new Set(urls)
  while (pending.size > 0 && Date.now() - since < 6000) {
    for (const url of [...pending]) if ((await read(url)).includes(text)) pending.delete(url)
    if (pending.size > 0) await new Promise((r) => setTimeout(r, 50))
  }
  return pending.size === 0 ? Date.now() - since : Infinity
}

describe('several instances on one database', () => {
  it('a publish through one instance is on the other and through the proxy within 2 s: pages and reports', async () => {
    const advice = await publishedAdvice(
      ctx.baseUrl,
      'instances-editor@example.org',
      62,
      'Birden çok sunucu denemesi yapıyor musunuz?',
      'Birinci sürüm.',
    )
    const advicePath = '/tr/questions/62/1'
    const reportPath = '/tr/assessment/report?q62=1'
    try {
      // Every copy holds the first text: both instances' pages and reports, and the proxy's.
      const urls = [ctx.baseUrl, second.baseUrl, proxy.baseUrl].flatMap((base) => [
        base + advicePath,
        base + reportPath,
      ])
      expect(await visibleEverywhere(urls, 'Birinci sürüm.', Date.now())).toBeLessThan(Infinity)
      for (const url of urls) await read(url)

      const started = Date.now()
      expect((await advice.republish('İkinci sürüm.')).status).toBe(200)
      const elsewhere = [second.baseUrl, proxy.baseUrl].flatMap((base) => [base + advicePath, base + reportPath])
      expect(await visibleEverywhere(elsewhere, 'İkinci sürüm.', started)).toBeLessThanOrEqual(2000)

      // And the other way round: a publish through the second instance reaches the first.
      const back = Date.now()
      expect((await advice.republish('Üçüncü sürüm.', second.baseUrl)).status).toBe(200)
      const first = [ctx.baseUrl + advicePath, ctx.baseUrl + reportPath]
      expect(await visibleEverywhere(first, 'Üçüncü sürüm.', back)).toBeLessThanOrEqual(2000)
    } finally {
      await advice.remove()
    }
  })
})
