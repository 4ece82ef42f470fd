import { beforeAll, describe, expect, it } from 'vitest'

import { usePayload } from '@tests/support/boot'
import { createCast, createPublishedAdvice, type Cast } from '@tests/support/content'
import { httpClient, tokenFor } from '@tests/support/http'
import { paragraphs, textOf } from '@tests/support/lexical'

/**
 * Review before publishing, per document and language: a translator sends a draft to
 * review, an editor asks for changes with a note or publishes; the server enforces who may
 * do what on REST and GraphQL alike, and the review is the content team's business only.
 */
const ctx = usePayload()
const http = httpClient(ctx.payload)
let cast: Cast
let tokens: Record<'editor' | 'translator', string>
let id: string

const patch = (query: string, token: string, body: object) =>
  http.rest('PATCH', `advice/${id}?${query}`, { token, body })
const review = async (locale = 'en') => {
  const { json } = await http.rest('GET', `advice/${id}?locale=${locale}&draft=true&depth=0&fallback-locale=none`, {
    token: tokens.editor,
  })
  return json as Record<string, unknown>
}

beforeAll(async () => {
  cast = await createCast(ctx.payload)
  tokens = {
    editor: await tokenFor(ctx.payload, cast.editor.email),
    translator: await tokenFor(ctx.payload, cast.translator.email),
  }
  id = (await createPublishedAdvice(ctx.payload, 1, 'Türkçe yayımda')).advice.id
  // A Turkish revision waiting as a draft: reviewing and publishing English must not touch it.
  await ctx.payload.update({
    collection: 'advice',
    id,
    locale: 'tr',
    draft: true,
    data: { body: paragraphs('Türkçe taslak') },
  })
})

describe('review of a translation', () => {
  it('a translator sends their draft to review; the server records who and when', async () => {
    const sent = await patch('locale=en&draft=true', tokens.translator, {
      body: paragraphs('English draft'),
      reviewState: 'in_review',
    })
    expect(sent.status).toBe(200)
    const doc = await review()
    expect(doc.reviewState).toBe('in_review')
    expect(doc.reviewSentBy).toContain('translator@example.org')
    expect(Date.parse(doc.reviewSentAt as string)).toBeGreaterThan(Date.now() - 60_000)
    expect((await review('tr')).reviewState ?? null).toBeNull()
  })

  it('a translator cannot ask for changes or close the review (403, in Turkish), over REST or GraphQL', async () => {
    const refused = await patch('locale=en&draft=true', tokens.translator, { reviewState: 'changes_requested' })
    expect(refused.status).toBe(403)
    expect(JSON.stringify(refused.json)).toMatch(/yalnızca incelemeye gönderebilir/)
    const closed = await patch('locale=en&draft=true', tokens.translator, { reviewState: null })
    expect(closed.status).toBe(403)
    const graphql = await http.graphql(
      `mutation($id: String!) { updateAdvice(id: $id, locale: en, draft: true, data: { reviewState: changes_requested }) { id } }`,
      { token: tokens.translator, variables: { id } },
    )
    expect(JSON.stringify(graphql.json.errors)).toMatch(/yalnızca incelemeye gönderebilir/)
    expect((await review()).reviewState).toBe('in_review')
  })

  it('an editor asks for changes with a note; the note stays through the next draft', async () => {
    const asked = await patch('locale=en&draft=true', tokens.editor, {
      reviewState: 'changes_requested',
      reviewComment: 'İkinci cümleyi daha sade çevirin.',
    })
    expect(asked.status).toBe(200)
    const fixed = await patch('locale=en&draft=true', tokens.translator, { body: paragraphs('English draft, fixed') })
    expect(fixed.status).toBe(200)
    const doc = await review()
    expect(doc.reviewState).toBe('changes_requested')
    expect(doc.reviewComment).toBe('İkinci cümleyi daha sade çevirin.')
    // A translator cannot write the reviewer's note: it is kept as the editor wrote it.
    await patch('locale=en&draft=true', tokens.translator, { reviewComment: 'Tamam' })
    expect((await review()).reviewComment).toBe('İkinci cümleyi daha sade çevirin.')
  })

  it('sending it to review again clears the note; a translator still cannot publish', async () => {
    expect((await patch('locale=en&draft=true', tokens.translator, { reviewState: 'in_review' })).status).toBe(200)
    const doc = await review()
    expect(doc.reviewState).toBe('in_review')
    expect(doc.reviewComment ?? null).toBeNull()
    expect((await patch('locale=en', tokens.translator, { _status: 'published' })).status).toBe(403)
  })

  it('"Yayımdaki metinle karşılaştır" leads to the published version against the newest draft, in that language', async () => {
    const { status, headers } = await http.rest('GET', `published-comparison/advice/${id}?locale=en`, {
      token: tokens.translator,
    })
    expect(status).toBe(302)
    const address = new URL(headers.get('location') ?? '', 'http://localhost')
    const [newest] = (
      await ctx.payload.findVersions({
        collection: 'advice',
        where: { parent: { equals: id } },
        sort: '-updatedAt',
        limit: 1,
        locale: 'en',
      })
    ).docs
    const [published] = (
      await ctx.payload.findVersions({
        collection: 'advice',
        where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
        sort: '-updatedAt',
        limit: 1,
        locale: 'tr',
      })
    ).docs
    expect(address.pathname).toBe(`/admin/collections/advice/${id}/versions/${newest.id}`)
    expect(address.searchParams.get('versionFrom')).toBe(String(published.id))
    expect(JSON.parse(address.searchParams.get('localeCodes') ?? '[]')).toEqual(['en'])
    // The draft under review is the newest version; the one compared with is what readers see.
    expect(textOf((newest.version as { body?: unknown }).body)).toBe('English draft, fixed')
    expect(textOf((published.version as { body?: unknown }).body)).toBe('Türkçe yayımda')
    // Only staff; a document that does not exist is a 404, not a redirect.
    expect((await http.rest('GET', `published-comparison/advice/${id}?locale=en`)).status).toBe(403)
    expect(
      (await http.rest('GET', `published-comparison/advice/999999?locale=en`, { token: tokens.editor })).status,
    ).toBe(404)
  })

  it('a document never published has nothing to compare with: the link opens its versions list', async () => {
    const draft = await ctx.payload.create({
      collection: 'questions',
      locale: 'tr',
      draft: true,
      data: { number: 77, text: 'Hiç yayımlanmamış soru' },
    })
    const { status, headers } = await http.rest('GET', `published-comparison/questions/${draft.id}?locale=tr`, {
      token: tokens.editor,
    })
    expect(status).toBe(302)
    expect(headers.get('location')).toBe(`/admin/collections/questions/${draft.id}/versions?locale=tr`)
  })

  it('publishing English ends its review and leaves the Turkish draft pending', async () => {
    expect((await patch('locale=en', tokens.editor, { _status: 'published' })).status).toBe(200)
    const doc = await review()
    expect(doc.reviewState ?? null).toBeNull()
    expect(doc.reviewSentBy ?? null).toBeNull()
    const reader = await http.rest('GET', `advice/${id}?locale=en`)
    expect(textOf(reader.json.body)).toBe('English draft, fixed')
    expect(textOf((await review('tr')).body)).toBe('Türkçe taslak')
    expect(textOf((await http.rest('GET', `advice/${id}?locale=tr`)).json.body)).toBe('Türkçe yayımda')
  })

  it('readers never see review fields', async () => {
    await patch('locale=en&draft=true', tokens.translator, { reviewState: 'in_review' })
    await patch('locale=en', tokens.editor, { reviewState: 'in_review', _status: 'published' })
    const { json } = await http.rest('GET', `advice/${id}?locale=en`)
    for (const field of ['reviewState', 'reviewComment', 'reviewSentBy', 'reviewSentAt'])
      expect(json).not.toHaveProperty(field)
  })
})
