import { beforeAll, describe, expect, it } from 'vitest'

import { usePayload } from '@tests/support/boot'
import { createCast, createDraftOnlyAdvice, createPublishedAdvice } from '@tests/support/content'
import { httpClient, tokenFor } from '@tests/support/http'
import { paragraphs, textOf } from '@tests/support/lexical'

/** Anonymous readers see only published content over REST (also with ?draft=true) and GraphQL. */
const ctx = usePayload()
let http: ReturnType<typeof httpClient>
let published: Awaited<ReturnType<typeof createPublishedAdvice>>
let draftOnly: Awaited<ReturnType<typeof createDraftOnlyAdvice>>
let editorToken: string
let translatorToken: string

beforeAll(async () => {
  http = httpClient(ctx.payload)
  await createCast(ctx.payload)
  published = await createPublishedAdvice(ctx.payload, 1, 'Yayındaki metin')
  draftOnly = await createDraftOnlyAdvice(ctx.payload, 2, 'Gizli taslak')
  // A pending draft revision on top of the published advice.
  await ctx.payload.update({
    collection: 'advice',
    id: published.advice.id,
    draft: true,
    locale: 'tr',
    data: { body: paragraphs('Yayımlanmamış düzeltme') },
  })
  editorToken = await tokenFor(ctx.payload, 'editor@example.org')
  translatorToken = await tokenFor(ctx.payload, 'translator@example.org')
})

describe('REST', () => {
  it.each(['advice', 'advice?draft=true', 'advice?draft=true&where[_status][equals]=draft'])(
    'anonymous GET /api/%s shows only the published text',
    async (path) => {
      const { status, json } = await http.rest('GET', path)
      expect(status).toBe(200)
      const docs = json.docs as Array<{ id: string; body: unknown }>
      expect(docs.map((d) => d.id)).not.toContain(draftOnly.advice.id)
      for (const doc of docs) expect(textOf(doc.body)).toBe('Yayındaki metin')
    },
  )

  it('anonymous GET of a draft-only document by id is a 404, with or without ?draft=true', async () => {
    for (const suffix of ['', '?draft=true']) {
      const { status } = await http.rest('GET', `advice/${draftOnly.advice.id}${suffix}`)
      expect(status).toBe(404)
    }
  })

  it('anonymous readers cannot list versions', async () => {
    const { status } = await http.rest('GET', 'advice/versions')
    expect(status).toBe(403)
  })

  it('a signed-in editor reads the pending draft with ?draft=true', async () => {
    const { json } = await http.rest('GET', `advice/${published.advice.id}?draft=true`, { token: editorToken })
    expect(textOf(json.body)).toBe('Yayımlanmamış düzeltme')
  })

  it('a translator PATCH without the draft flag is refused with a Turkish message', async () => {
    const { status, json } = await http.rest('PATCH', `choices/${published.choice.id}?locale=en`, {
      token: translatorToken,
      body: { label: 'Live English' },
    })
    expect(status).toBe(403)
    expect(JSON.stringify(json)).toContain('Çevirmenler yalnızca taslak kaydedebilir')
  })

  it('a translator can save an English draft over REST', async () => {
    const { status } = await http.rest('PATCH', `choices/${published.choice.id}?locale=en&draft=true`, {
      token: translatorToken,
      body: { label: 'English draft' },
    })
    expect(status).toBe(200)
  })
})

describe('what a draft must hold', () => {
  it('a choice draft without its number and text is refused, naming both fields', async () => {
    const { status, json } = await http.rest('POST', 'choices?locale=tr&draft=true', {
      token: editorToken,
      body: { question: published.question.id, _status: 'draft' },
    })
    expect(status).toBe(400)
    const fields = ((json.errors as Array<{ data?: { errors?: Array<{ path: string }> } }>)[0].data?.errors ?? []).map(
      (e) => e.path,
    )
    expect(fields).toEqual(expect.arrayContaining(['number', 'label']))
    const complete = await http.rest('POST', 'choices?locale=tr&draft=true', {
      token: editorToken,
      body: { question: published.question.id, number: 7, label: 'Taslak seçenek', _status: 'draft' },
    })
    expect(complete.status).toBe(201)
  })

  it('an advice autosaved while being typed is checked too: nothing is saved without its text', async () => {
    // Payload would otherwise create an empty advice the moment an editor opens "Yeni Reçete".
    const { status, json } = await http.rest(
      'PATCH',
      `advice/${draftOnly.advice.id}?locale=tr&draft=true&autosave=true`,
      { token: editorToken, body: { body: null } },
    )
    expect(status).toBe(400)
    expect(JSON.stringify(json)).toContain('Reçete metni')
    const kept = await ctx.payload.findByID({ collection: 'advice', id: draftOnly.advice.id, draft: true })
    expect(kept.body).not.toBeNull()
  })
})

describe('GraphQL', () => {
  const query = `query($draft: Boolean) { Advices(draft: $draft) { docs { id body } } }`

  it.each([false, true])('anonymous query (draft: %s) returns only the published text', async (draft) => {
    const { json } = await http.graphql(query, { variables: { draft } })
    expect(json.errors).toBeUndefined()
    const docs = json.data!.Advices.docs as Array<{ id: string; body: unknown }>
    expect(docs.map((d) => d.id)).toEqual([published.advice.id])
    expect(textOf(docs[0].body)).toBe('Yayındaki metin')
  })

  it('anonymous query of a draft-only document by id finds nothing', async () => {
    const { json } = await http.graphql(`query($id: String!) { Advice(id: $id, draft: true) { id body } }`, {
      variables: { id: draftOnly.advice.id },
    })
    expect(json.data?.Advice ?? null).toBeNull()
    expect(JSON.stringify(json)).not.toContain('Gizli taslak')
    expect(JSON.stringify(json.errors)).toMatch(/Not Found|Bulunamadı/i)
  })

  it('anonymous readers cannot query versions', async () => {
    const { json } = await http.graphql(`{ versionsAdvices { docs { id } } }`)
    expect(JSON.stringify(json.errors)).toMatch(/not allowed|forbidden|izniniz yok/i)
  })

  it('a signed-in editor sees the draft through GraphQL', async () => {
    const { json } = await http.graphql(query, { token: editorToken, variables: { draft: true } })
    const ids = (json.data!.Advices.docs as Array<{ id: string }>).map((d) => d.id)
    expect(ids).toContain(draftOnly.advice.id)
  })
})
