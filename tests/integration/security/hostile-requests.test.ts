import { beforeAll, describe, expect, it, vi } from 'vitest'

import { usePayload } from '@tests/support/boot'
import { createCast, createPublishedAdvice, type Cast } from '@tests/support/content'
import { httpClient, tokenFor } from '@tests/support/http'
import { paragraphs } from '@tests/support/lexical'

/**
 * What an attacker or a careless client sends to the API: every bad request is answered
 * with a 4xx and a short message, quickly, and changes nothing.
 */
const ctx = usePayload()
let http: ReturnType<typeof httpClient>
let cast: Cast
let editorToken: string
let translatorToken: string
let adviceId: string

beforeAll(async () => {
  // Each refusal is logged as one line; the test output does not need them.
  vi.spyOn(console, 'warn').mockImplementation(() => undefined)
  http = httpClient(ctx.payload)
  cast = await createCast(ctx.payload)
  for (let number = 1; number <= 12; number++) {
    const { advice } = await createPublishedAdvice(ctx.payload, number)
    if (number === 1) adviceId = String(advice.id)
  }
  editorToken = await tokenFor(ctx.payload, 'editor@example.org')
  translatorToken = await tokenFor(ctx.payload, 'translator@example.org')
})

/** A query whose fragments each spread the next one twice: 2^n paths, n+1 fragments. */
const fragmentBomb = (n: number) =>
  `${Array.from({ length: n }, (_, i) => `fragment F${i} on Question { ...F${i + 1} ...F${i + 1} }`).join(' ')} fragment F${n} on Question { id } { Questions { docs { ...F0 } } }`

describe('GraphQL requests are answered or refused within milliseconds', () => {
  it('nested fragment spreads (2^30 paths) are refused with 400 at once; 22 of them froze the server for 7.5 s', async () => {
    const started = performance.now()
    const { status, json } = await http.graphql(fragmentBomb(30))
    expect(status).toBe(400)
    expect(json.errors?.[0].message).toMatch(/^GraphQL sorgusunun cevabı çok büyük olur/)
    expect(performance.now() - started).toBeLessThan(1_000)
  })

  it('cyclic fragments are refused with 400 (they were a 500)', async () => {
    const { status, json } = await http.graphql(
      'fragment A on Question { ...B } fragment B on Question { ...A } { Questions { docs { ...A } } }',
    )
    expect(status).toBe(400)
    expect(json.errors?.[0].message).toContain('döngüsel')
  })

  it('lists count at their page size: four nested area → questions levels are refused; a wide but honest query passes', async () => {
    const nested =
      '{ Areas { docs { questions { docs { area { questions { docs { area { questions { docs { area { questions { docs { id text } } } } } } } } } } } } } }'
    expect((await http.graphql(nested)).status).toBe(400)
    const honest = await http.graphql(
      '{ Questions(limit: 100) { docs { id number text choices { docs { id label } } } } }',
    )
    expect(honest.status).toBe(200)
    expect(honest.json.data?.Questions.docs).toHaveLength(12)
  })

  it('too many fragments, too many tokens, too deep, limit out of range, pagination off: each a 400', async () => {
    const manyFragments = `${Array.from({ length: 51 }, (_, i) => `fragment F${i} on Question { id }`).join(' ')} { Questions { docs { ...F0 } } }`
    expect((await http.graphql(manyFragments)).json.errors?.[0].message).toContain('çok fazla fragment')
    expect(
      (await http.graphql(`{ Questions { docs { ${'id '.repeat(2_500)} } } }`)).json.errors?.[0].message,
    ).toContain('çok uzun')
    expect(
      (await http.graphql(`{ Questions { docs { id } } } ${'#'.repeat(20_001)}`)).json.errors?.[0].message,
    ).toContain('çok uzun')
    const deep = `{ Advices { docs { choice { question { area { questions { docs { area { questions { docs { area { questions { docs { id } } } } } } } } } } } } } }`
    expect((await http.graphql(deep)).status).toBe(400)
    expect((await http.graphql('{ Questions(limit: 100000) { docs { id } } }')).json.errors?.[0].message).toContain(
      '"limit" 1 ile 500',
    )
    expect((await http.graphql('{ Questions(pagination: false) { docs { id } } }')).json.errors?.[0].message).toContain(
      'Sayfalama kapatılamaz',
    )
  })

  it('malformed JSON, a non-object body and a missing query are 400 with a short message (malformed JSON was a 500)', async () => {
    for (const body of ['{bad', 'null', '[]', '{"query": 42}', '{"query": "{", "variables": 5}']) {
      const { status, json } = await http.graphqlRaw(body)
      expect(status, body).toBe(400)
      expect(json.errors?.[0].message.length, body).toBeLessThan(200)
    }
  })
})

describe('REST requests', () => {
  it('out-of-range paging and comparisons the database cannot make are 400, not 500', async () => {
    for (const query of [
      'page=1e20',
      'limit=1e20',
      'joins[choices][limit]=1e20',
      'where[number][near]=1,2',
      'where[createdAt][greater_than]=notadate',
    ]) {
      const { status, json } = await http.rest('GET', `questions?${query}`)
      expect(status, query).toBe(400)
      expect((json.errors as Array<{ message: string }>)[0].message, query).toBeTruthy()
    }
  })

  it('20,000 `or` clauses sent through the method-override header are refused before Payload reads them', async () => {
    const form = Array.from({ length: 20_000 }, (_, i) => `where[or][${i}][number][equals]=${i}`).join('&')
    const { status } = await http.rest('POST', 'questions', {
      rawBody: form,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Payload-HTTP-Method-Override': 'GET' },
    })
    expect(status).toBe(414)
    // The admin's own use of the override (a relationship field's lookup) still works.
    const ok = await http.rest('POST', 'questions', {
      rawBody: 'where[number][in]=1,2,3&limit=10',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Payload-HTTP-Method-Override': 'GET' },
    })
    expect(ok.status).toBe(200)
    expect((ok.json.docs as unknown[]).length).toBe(3)
  })

  it('a create with a null, string, array or broken body is 400 (null and string were 500s), and nothing is written', async () => {
    const before = (await ctx.payload.count({ collection: 'questions' })).totalDocs
    for (const rawBody of ['null', '"x"', '[]', '{bad']) {
      const { status } = await http.rest('POST', 'questions', { token: editorToken, rawBody })
      expect(status, rawBody).toBe(400)
    }
    expect((await ctx.payload.count({ collection: 'questions' })).totalDocs).toBe(before)
  })

  it('a body over 2 MB is refused with 413 before it is parsed', async () => {
    const { status } = await http.rest('POST', 'questions', {
      token: editorToken,
      rawBody: `{"text":"${'a'.repeat(3 * 1024 * 1024)}"}`,
    })
    expect(status).toBe(413)
  })

  it('a rich text nested 20,000 deep is refused with 400 (it overflowed the stack of every walker)', async () => {
    const deep = `{"body":{"root":${'{"type":"list","children":['.repeat(20_000)}${']}'.repeat(20_000)}}}`
    const { status } = await http.rest('PATCH', `advice/${adviceId}?draft=true`, { token: editorToken, rawBody: deep })
    expect(status).toBe(400)
  })
})

describe('numbers the site does not serve are refused by the collections (REST too)', () => {
  it.each([9007199254740993, 1e20, 1_000_000, 0, 1.5])(
    'question number %s: 400 naming the field, nothing written',
    async (number) => {
      const { status, json } = await http.rest('POST', 'questions', {
        token: editorToken,
        body: { number, text: 'Hatalı numara', _status: 'published' },
      })
      expect(status).toBe(400)
      expect(JSON.stringify(json)).toContain('1 ile 999.999 arasında bir tam sayı girin')
      expect(
        (await ctx.payload.find({ collection: 'questions', where: { text: { equals: 'Hatalı numara' } } })).totalDocs,
      ).toBe(0)
    },
  )

  it('a choice number out of range is refused the same way; the largest served number is accepted', async () => {
    const question = (await ctx.payload.find({ collection: 'questions', where: { number: { equals: 1 } } })).docs[0]
    const refused = await http.rest('POST', 'choices', {
      token: editorToken,
      body: { question: question.id, number: 1_000_000, label: 'x' },
    })
    expect(refused.status).toBe(400)
    const accepted = await http.rest('POST', 'questions', {
      token: editorToken,
      body: { number: 999_999, text: 'En büyük numara' },
    })
    expect(accepted.status).toBe(201)
  })
})

describe('rich-text links', () => {
  it('a link whose URL is not text (an array) is refused like a javascript: link; it was stored and served', async () => {
    const body = paragraphs('x')
    const paragraph = (body.root.children as unknown as Array<{ children: unknown[] }>)[0]
    paragraph.children = [
      {
        type: 'link',
        version: 3,
        fields: { url: ['javascript:alert(1)'], linkType: 'custom' },
        children: [{ type: 'text', text: 'tıkla', version: 1 }],
      },
    ]
    const { status, json } = await http.rest('PATCH', `advice/${adviceId}?draft=true`, {
      token: editorToken,
      body: { body },
    })
    expect(status).toBe(400)
    expect(JSON.stringify(json)).toContain('güvenli olmayan bir bağlantı')
  })
})

describe('document locks', () => {
  // Far ahead, but within the dates a write may store (a date past that is refused with 400).
  const fiveYearsAhead = new Date(Date.now() + 5 * 365 * 24 * 3600_000).toISOString()
  const lockFor = (userId: string | number, updatedAt = fiveYearsAhead) => ({
    document: { relationTo: 'advice', value: adviceId },
    user: { relationTo: 'users', value: userId },
    updatedAt,
  })

  it('a translator cannot lock a document for someone else (editors got 423 until it was found)', async () => {
    const { status } = await http.rest('POST', 'payload-locked-documents', {
      token: translatorToken,
      body: lockFor(cast.editor.id),
    })
    expect(status).toBe(403)
    expect((await ctx.payload.count({ collection: 'payload-locked-documents' })).totalDocs).toBe(0)
  })

  it('a lock for oneself is dated by the server, whatever date it was sent with', async () => {
    const { status, json } = await http.rest('POST', 'payload-locked-documents', {
      token: translatorToken,
      body: lockFor(cast.translator.id),
    })
    expect(status).toBe(201)
    const lock = (json as { doc: { id: string; updatedAt: string } }).doc
    expect(Math.abs(Date.parse(lock.updatedAt) - Date.now())).toBeLessThan(60_000)
    expect(
      (
        await http.rest('PATCH', `payload-locked-documents/${lock.id}`, {
          token: translatorToken,
          body: { user: { relationTo: 'users', value: cast.editor.id } },
        })
      ).status,
    ).toBe(403)
    await ctx.payload.delete({ collection: 'payload-locked-documents', id: lock.id })
  })

  it('a deleted user’s locks go with them (an ownerless lock blanked the edit view for everyone)', async () => {
    const leaving = await ctx.payload.create({
      collection: 'users',
      data: { email: 'leaving@example.org', password: 'test-password-123', name: 'Ayrılan', role: 'editor' },
    })
    const token = await tokenFor(ctx.payload, 'leaving@example.org')
    expect((await http.rest('POST', 'payload-locked-documents', { token, body: lockFor(leaving.id) })).status).toBe(201)
    await ctx.payload.delete({ collection: 'users', id: leaving.id })
    expect((await ctx.payload.count({ collection: 'payload-locked-documents' })).totalDocs).toBe(0)
  })

  it('nobody but an admin locks another user’s account; anonymous callers lock nothing', async () => {
    const onAccount = {
      document: { relationTo: 'users', value: cast.admin.id },
      user: { relationTo: 'users', value: cast.editor.id },
    }
    expect((await http.rest('POST', 'payload-locked-documents', { token: editorToken, body: onAccount })).status).toBe(
      403,
    )
    expect((await http.rest('POST', 'payload-locked-documents', { body: lockFor(cast.editor.id) })).status).toBe(403)
  })
})

describe('cross-site writes signed by the session cookie (CSRF), with no SERVER_URL configured', () => {
  it('are refused with 403 when the Origin is another site; the same origin passes', async () => {
    const headers = (origin: string) => ({ Cookie: `payload-token=${editorToken}`, Origin: origin, Host: 'localhost' })
    const body = { number: 500, text: 'CSRF' }
    expect((await http.rest('POST', 'questions', { body, headers: headers('http://evil.example') })).status).toBe(403)
    expect((await ctx.payload.count({ collection: 'questions', where: { text: { equals: 'CSRF' } } })).totalDocs).toBe(
      0,
    )
    expect((await http.rest('POST', 'questions', { body, headers: headers('http://localhost') })).status).toBe(201)
  })
})
