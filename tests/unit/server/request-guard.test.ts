import type { FlattenedField } from 'payload'
import { describe, expect, it } from 'vitest'

import { jsonDepth, parseJsonObject, readBoundedBody } from '@/cms/request-guard/body'
import { clientAddress, edgeClientAddress } from '@/shared/requests/client-address'
import { Refusal } from '@/cms/request-guard/refusal'
import { checkBulkWrite, checkRestQuery, type FieldsOf } from '@/cms/request-guard/rest-query'
import { checkSameOrigin } from '@/cms/request-guard/same-origin'
import { accountKey, deviceCookie, readDevice } from '@/cms/request-guard/device-cookie'

/** The refusal a check throws (status and English reason), or null when it passes. */
function refusalOf(check: () => unknown): { status: number; reason: string } | null {
  try {
    check()
    return null
  } catch (error) {
    if (error instanceof Refusal) return { status: error.status, reason: error.reason.en }
    throw error
  }
}

const fields = {
  questions: [
    { name: 'number', type: 'number' },
    { name: 'text', type: 'textarea' },
    { name: 'area', type: 'relationship', relationTo: 'areas' },
    { name: 'createdAt', type: 'date' },
    { name: 'choices', type: 'join', collection: 'choices', on: 'question' },
  ],
  areas: [
    { name: 'title', type: 'text' },
    { name: 'order', type: 'number' },
  ],
  choices: [
    { name: 'number', type: 'number' },
    { name: 'updatedAt', type: 'date' },
  ],
} as unknown as Record<string, FlattenedField[]>
const fieldsOf: FieldsOf = (slug) => fields[slug]
const query = (search: string) => refusalOf(() => checkRestQuery(search, 'questions', fieldsOf))

describe('REST query strings are checked before Payload reads them', () => {
  it('accepts what the site, the admin and ordinary clients send', () => {
    for (const ok of [
      '',
      '?limit=10&page=2&depth=1&draft=true&locale=en&sort=-number',
      '?where[number][equals]=16',
      '?where[or][0][number][greater_than]=3&where[or][1][text][like]=kurul',
      '?where[area.title][like]=Yönetişim&where[area.order][less_than]=4',
      '?where[createdAt][greater_than]=2026-11-01T00:00:00.000Z',
      '?where[number][in]=1,2,3&where[text][exists]=true',
      '?joins[choices][limit]=20&joins[choices][where][updatedAt][greater_than]=2026-01-01',
    ]) {
      expect(query(ok), ok).toBeNull()
    }
  })

  it('refuses page, limit and depth outside their range (1e20 was a 500), and turning pagination off', () => {
    expect(query('?page=1e20')).toMatchObject({ status: 400, reason: expect.stringContaining('"page"') })
    expect(query('?limit=1e20')?.reason).toContain('"limit" must be a whole number from 1 to 500')
    expect(query('?limit=0')?.status).toBe(400)
    expect(query('?limit=-1')?.status).toBe(400)
    expect(query('?depth=99')?.reason).toContain('"depth"')
    expect(query('?pagination=false')?.reason).toContain('Pagination cannot be turned off')
    expect(query('?joins[choices][limit]=1e20')?.reason).toContain('"joins[choices][limit]"')
  })

  it('refuses values the database cannot compare: a date that is not one, a number that is not one', () => {
    expect(query('?where[createdAt][greater_than]=notadate')?.reason).toContain('"createdAt" must be a date')
    expect(query('?where[number][equals]=abc')?.reason).toContain('"number" must be a number')
    expect(query('?where[number][in]=1,abc')?.status).toBe(400)
    expect(query('?where[area.order][less_than]=x')?.reason).toContain('"area.order"')
    expect(query('?where[text][exists]=maybe')?.reason).toContain('true or false')
    expect(query('?joins[choices][where][updatedAt][greater_than]=soon')?.reason).toContain('"updatedAt"')
  })

  it('refuses unknown operators (near on a non-point field was a 500) and malformed conditions', () => {
    expect(query('?where[number][near]=1,2')?.reason).toContain('"near" is not a known query operator')
    // `all` exists only on MongoDB; the SQL adapters failed on it with a 500.
    expect(query('?where[text][all]=a')?.reason).toContain('"all" is not a known query operator')
    expect(query('?where[number]=16')?.reason).toContain('where[field][operator]=value')
    expect(query('?where=1')?.status).toBe(400)
  })

  it('bounds the number of conditions and their nesting, also when sent as a long form body', () => {
    const many = Array.from({ length: 101 }, (_, i) => `where[or][${i}][number][equals]=${i}`).join('&')
    expect(query(`?${many}`)).toMatchObject({ status: 400, reason: expect.stringContaining('too many conditions') })
    const flood = Array.from({ length: 20_000 }, (_, i) => `where[or][${i}][number][equals]=${i}`).join('&')
    expect(refusalOf(() => checkRestQuery(flood, 'questions', fieldsOf, 64 * 1024))?.status).toBe(414)
    // Nested and/or: four levels are fine, seven are refused (qs itself stops reading brackets at ten).
    expect(query(`?where${'[and][0]'.repeat(4)}[number][equals]=1`)).toBeNull()
    expect(query(`?where${'[and][0]'.repeat(7)}[number][equals]=1`)?.status).toBe(400)
    expect(query(`?sort=${'a,'.repeat(60)}`)?.reason).toContain('sort')
  })

  it('refuses a bulk update or delete that does not say which documents (a where)', () => {
    expect(refusalOf(() => checkBulkWrite('DELETE', ['advice'], ''))?.reason).toContain('with a where condition')
    expect(refusalOf(() => checkBulkWrite('PATCH', ['advice'], '?draft=true'))?.status).toBe(400)
    expect(refusalOf(() => checkBulkWrite('PATCH', ['advice'], '?where[id][equals]=x'))).toBeNull()
    expect(refusalOf(() => checkBulkWrite('PATCH', ['advice', 'some-id'], ''))).toBeNull()
  })

  it('refuses an over-long query string with 414', () => {
    expect(query(`?where[text][like]=${'a'.repeat(9000)}`)?.status).toBe(414)
  })
})

describe('request bodies', () => {
  const post = (body: string | Uint8Array<ArrayBuffer>, headers: Record<string, string> = {}) =>
    new Request('http://localhost/api/questions', { method: 'POST', body, headers })

  it('are read up to 2 MB; a larger body is refused with 413 whatever its Content-Length says', async () => {
    expect((await readBoundedBody(post('{"a":1}'))).byteLength).toBe(7)
    const big = new Uint8Array(2 * 1024 * 1024 + 1)
    await expect(readBoundedBody(post(big))).rejects.toMatchObject({ status: 413 })
    await expect(readBoundedBody(post('{}', { 'content-length': String(30 * 1024 * 1024) }))).rejects.toMatchObject({
      status: 413,
    })
  })

  it('must be a JSON object: null, a string, an array or broken JSON are refused with 400 (null was a 500)', () => {
    for (const bad of ['null', '"x"', '[]', '42', '{bad'])
      expect(refusalOf(() => parseJsonObject(bad))?.status, bad).toBe(400)
    expect(parseJsonObject('{"text":"Soru"}')).toEqual({ text: 'Soru' })
  })

  it('may not nest deeper than rich text can: measured without parsing, strings ignored', () => {
    expect(jsonDepth('{"a":[{"b":"[[[[{{{{"}]}')).toBe(3)
    expect(jsonDepth('{"a":"\\"[[["}')).toBe(1)
    expect(refusalOf(() => parseJsonObject(`${'['.repeat(100_000)}${']'.repeat(100_000)}`))?.reason).toContain(
      'nests too deeply',
    )
  })
})

describe('the device cookie of a browser that signed in', () => {
  const secret = 'unit-test-secret-0123456789abcdef'
  const valueOf = (setCookie: string) => setCookie.split(';')[0]

  it('names the accounts signed in from it, and is read back only when this server signed it', () => {
    const first = valueOf(deviceCookie(null, ['Editor@Example.org'], secret))
    const device = readDevice(`lang=tr; ${first}`, secret)
    expect(device?.accounts).toEqual([accountKey(secret, 'editor@example.org')])
    const second = readDevice(valueOf(deviceCookie(device, ['admin@example.org'], secret)), secret)
    expect(second?.id).toBe(device?.id)
    expect(second?.accounts).toEqual([
      accountKey(secret, 'admin@example.org'),
      accountKey(secret, 'editor@example.org'),
    ])
    // The e-mail is not readable from the cookie, and a changed or foreign cookie counts as none.
    expect(first).not.toContain('editor')
    expect(
      readDevice(
        first.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')),
        secret,
      ),
    ).toBeNull()
    expect(readDevice(first, 'another-secret-0123456789abcdef')).toBeNull()
    expect(readDevice('rota-device=forged.value.x', secret)).toBeNull()
  })

  it('is HttpOnly, for the API only, never sent by other sites', () => {
    const cookie = deviceCookie(null, ['editor@example.org'], secret)
    expect(cookie).toContain('Path=/api')
    expect(cookie).toContain('HttpOnly')
    expect(cookie).toContain('SameSite=Strict')
  })
})

describe('the client address', () => {
  it('is the socket peer unless proxies are trusted: a forged X-Forwarded-For does not count', () => {
    expect(edgeClientAddress('1.2.3.4', '203.0.113.7', 0)).toBe('203.0.113.7')
    expect(edgeClientAddress('1.2.3.4, 198.51.100.9', '10.0.0.2', 1)).toBe('198.51.100.9')
    expect(edgeClientAddress(undefined, '10.0.0.2', 1)).toBe('10.0.0.2')
    expect(edgeClientAddress('1.2.3.4', '10.0.0.2', 5)).toBe('1.2.3.4')
    expect(clientAddress(new Request('http://x/', { headers: { 'x-forwarded-for': '203.0.113.7' } }))).toBe(
      '203.0.113.7',
    )
  })
})

describe('cookie-signed writes from another site (CSRF)', () => {
  const request = (headers: Record<string, string>, method = 'POST') =>
    new Request('http://localhost:3000/api/advice', { method, headers: { host: 'localhost:3000', ...headers } })
  const check = (headers: Record<string, string>, method?: string) =>
    refusalOf(() => checkSameOrigin(request(headers, method), 'payload-token', []))

  it('are refused with 403 without any configuration; same-site writes, reads and cookieless calls pass', () => {
    expect(check({ cookie: 'payload-token=abc', origin: 'http://evil.example' })?.status).toBe(403)
    expect(check({ cookie: 'payload-token=abc', 'sec-fetch-site': 'cross-site' })?.status).toBe(403)
    expect(check({ cookie: 'payload-token=abc', origin: 'http://localhost:3000' })).toBeNull()
    expect(check({ cookie: 'payload-token=abc', origin: 'http://evil.example' }, 'GET')).toBeNull()
    expect(check({ origin: 'http://evil.example', authorization: 'JWT abc' })).toBeNull()
    expect(
      refusalOf(() =>
        checkSameOrigin(request({ cookie: 'payload-token=abc', origin: 'https://rota.example.org' }), 'payload-token', [
          'https://rota.example.org',
        ]),
      ),
    ).toBeNull()
  })
})
