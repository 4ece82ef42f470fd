import { describe, expect, inject, it } from 'vitest'

import { fuzzSeed, oddValues, random, within } from '@tests/support/fuzz/fuzz'

/**
 * A bounded, seeded fuzz pass over the public site's addresses on the running production
 * app: whatever a reader or a crawler asks for, the answer is never a 5xx and never a hang.
 */
const baseUrl = inject('baseUrl')

const segments = [
  'tr',
  'en',
  'ku',
  'TR',
  'questions',
  'resources',
  'search',
  'about',
  'accessibility',
  'preview',
  'sitemap.xml',
  'robots.txt',
  'admin',
  'api',
  '16',
  '2',
  '0',
  '01',
  '999999',
  '1000000',
  '9007199254740993',
  '-1',
  '1.5',
  'x',
  '..',
  '%2e%2e',
  '%00',
  '%E0%A4%A',
  '%ZZ',
  '%C4%B0stanbul',
  'İstanbul',
  'a'.repeat(500),
]
const params = ['q', 'kind', 'path', 'page', 'limit', 'draft', 'd', 'q16', '_rsc', 'locale']

describe(`public routes fuzz (seed ${fuzzSeed})`, () => {
  it('250 random addresses: no 5xx, no hang', async () => {
    const r = random(fuzzSeed + 2)
    const failures: string[] = []
    for (let i = 0; i < 250; i++) {
      const path = r.some(1 + r.int(4), () => r.pick(segments)).join('/')
      const query = r.some(r.int(3), () => `${r.pick(params)}=${encodeURIComponent(r.pick(oddValues))}`).join('&')
      const address = `/${path}${query ? `?${query}` : ''}`
      const response = await within(15_000, address, fetch(`${baseUrl}${address}`, { redirect: 'manual' }))
      await response.arrayBuffer()
      if (response.status >= 500) failures.push(`${response.status} ${address}`)
    }
    expect(failures).toEqual([])
  })
})
