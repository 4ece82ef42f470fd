import { beforeAll, describe, expect, it } from 'vitest'

import { recordExistingTranslations } from '@/cms/translation-status/backfill'
import { usePayload } from '@tests/support/boot'
import { createCast, createPublishedAdvice, type Cast } from '@tests/support/content'
import { httpClient, tokenFor } from '@tests/support/http'
import { paragraphs } from '@tests/support/lexical'

/**
 * Where each translation stands against the Turkish readers see: missing until written,
 * current when saved, outdated when the published Turkish changes afterwards, current again
 * when the translator saves or an editor confirms. Staff read it on every document over REST
 * and GraphQL and filter lists by it; nobody else sees it.
 */
const ctx = usePayload()
const http = httpClient(ctx.payload)
let cast: Cast
let tokens: Record<'editor' | 'translator' | 'admin', string>

const statusOf = async (id: string, token?: string) =>
  (await http.rest('GET', `advice/${id}?draft=true&depth=0`, { token })).json.translationStatus

const saveEnglish = (id: string, text: string) =>
  ctx.payload.update({
    collection: 'advice',
    id,
    locale: 'en',
    draft: true,
    data: { body: paragraphs(text) },
    overrideAccess: false,
    user: cast.translator,
  })

const publishTurkish = (id: string, text: string) =>
  ctx.payload.update({
    collection: 'advice',
    id,
    locale: 'tr',
    data: { body: paragraphs(text), _status: 'published' },
    overrideAccess: false,
    user: cast.editor,
  })

const filtered = async (state: string, token = tokens.editor) => {
  const { status, json } = await http.rest(
    'GET',
    `advice?where[translationStatus.en][equals]=${state}&limit=100&depth=0&draft=true`,
    { token },
  )
  return { status, ids: ((json.docs as Array<{ id: string }> | undefined) ?? []).map((d) => d.id) }
}

beforeAll(async () => {
  cast = await createCast(ctx.payload)
  tokens = {
    editor: await tokenFor(ctx.payload, cast.editor.email),
    translator: await tokenFor(ctx.payload, cast.translator.email),
    admin: await tokenFor(ctx.payload, cast.admin.email),
  }
})

describe('translation status of a document', () => {
  let id: string
  beforeAll(async () => {
    id = (await createPublishedAdvice(ctx.payload, 1, 'Türkçe ilk metin')).advice.id
  })

  it('is missing in English until someone writes English, for every staff role', async () => {
    expect(await statusOf(id, tokens.editor)).toEqual({ en: 'missing' })
    expect(await statusOf(id, tokens.translator)).toEqual({ en: 'missing' })
  })

  it('is not shown to anonymous readers', async () => {
    const { json } = await http.rest('GET', `advice/${id}`)
    expect(json.body).toBeDefined()
    expect(json).not.toHaveProperty('translationStatus')
  })

  it('is current once the translator saves an English draft', async () => {
    await saveEnglish(id, 'First English text')
    expect(await statusOf(id, tokens.editor)).toEqual({ en: 'current' })
  })

  it('a Turkish draft does not make the translation outdated; publishing it does', async () => {
    await ctx.payload.update({
      collection: 'advice',
      id,
      locale: 'tr',
      draft: true,
      data: { body: paragraphs('Türkçe ikinci metin, henüz taslak') },
      overrideAccess: false,
      user: cast.editor,
    })
    expect(await statusOf(id, tokens.editor)).toEqual({ en: 'current' })
    await publishTurkish(id, 'Türkçe ikinci metin yayımlandı')
    expect(await statusOf(id, tokens.editor)).toEqual({ en: 'outdated' })
  })

  it('the answer to a write carries the status after it, as a fresh read does (REST and GraphQL)', async () => {
    const other = (await createPublishedAdvice(ctx.payload, 2, 'Türkçe metin')).advice.id
    const written = await http.rest('PATCH', `advice/${other}?locale=en&draft=true&depth=0`, {
      token: tokens.translator,
      body: { body: paragraphs('An English text') },
    })
    expect(written.status).toBe(200)
    expect((written.json.doc as Record<string, unknown>).translationStatus).toEqual({ en: 'current' })
    const turkish = await http.rest('PATCH', `advice/${other}?locale=tr&depth=0`, {
      token: tokens.editor,
      body: { body: paragraphs('Türkçe metin değişti'), _status: 'published' },
    })
    expect((turkish.json.doc as Record<string, unknown>).translationStatus).toEqual({ en: 'outdated' })
    expect(await statusOf(other, tokens.editor)).toEqual({ en: 'outdated' })
    const graphql = await http.graphql(
      `mutation($id: String!, $body: JSON) { updateAdvice(id: $id, locale: en, draft: true, data: { body: $body }) { translationStatus } }`,
      { token: tokens.translator, variables: { id: other, body: paragraphs('An English text, again') } },
    )
    expect(graphql.json.errors).toBeUndefined()
    expect(graphql.json.data?.updateAdvice).toEqual({ translationStatus: { en: 'current' } })
    // Readers' answers never carry it.
    const anonymous = await http.rest('GET', `advice/${other}?locale=en`)
    expect(anonymous.json).not.toHaveProperty('translationStatus')
  })

  it('tells staff what changed in the Turkish since the translation was made', async () => {
    const { status, json } = await http.rest('GET', `translation-status/advice/${id}?locale=en`, {
      token: tokens.translator,
    })
    expect(status).toBe(200)
    expect(json.status).toBe('outdated')
    expect((json.madeFrom as { text: { body: string } }).text.body).toBe('Türkçe ilk metin')
    expect((json.turkishNow as { text: { body: string } }).text.body).toBe('Türkçe ikinci metin yayımlandı')
    expect(Date.parse(json.turkishChangedAt as string)).toBeGreaterThan(Date.now() - 60_000)
    expect((await http.rest('GET', `translation-status/advice/${id}?locale=en`)).status).toBe(403)
  })

  it('saving the translation again makes it current', async () => {
    await saveEnglish(id, 'Second English text')
    expect(await statusOf(id, tokens.editor)).toEqual({ en: 'current' })
  })

  it('an editor can mark it current without changes; a translator cannot', async () => {
    await publishTurkish(id, 'Türkçe üçüncü metin')
    expect(await statusOf(id, tokens.editor)).toEqual({ en: 'outdated' })
    const refused = await http.rest('POST', `translation-status/advice/${id}/current?locale=en`, {
      token: tokens.translator,
    })
    expect(refused.status).toBe(403)
    expect(JSON.stringify(refused.json)).toMatch(/editörlerin işidir/)
    expect(await statusOf(id, tokens.editor)).toEqual({ en: 'outdated' })
    const confirmed = await http.rest('POST', `translation-status/advice/${id}/current?locale=en`, {
      token: tokens.editor,
    })
    expect(confirmed.status).toBe(200)
    expect(await statusOf(id, tokens.editor)).toEqual({ en: 'current' })
  })

  it('GraphQL gives staff the same status and anonymous readers nothing', async () => {
    const query = `query($id: String!) { Advice(id: $id) { id translationStatus } }`
    const staff = await http.graphql(query, { token: tokens.editor, variables: { id } })
    expect(staff.json.errors).toBeUndefined()
    expect((staff.json.data as unknown as { Advice: { translationStatus: unknown } }).Advice.translationStatus).toEqual(
      {
        en: 'current',
      },
    )
    const anonymous = await http.graphql(query, { variables: { id } })
    const advice = (anonymous.json.data as unknown as { Advice: { translationStatus: unknown } } | undefined)?.Advice
    expect(advice?.translationStatus ?? null).toBeNull()
  })
})

describe('lists filtered by translation status', () => {
  const ids: Record<'missing' | 'outdated' | 'current', string> = { missing: '', outdated: '', current: '' }
  beforeAll(async () => {
    ids.missing = (await createPublishedAdvice(ctx.payload, 11, 'Çevrilmemiş')).advice.id
    ids.outdated = (await createPublishedAdvice(ctx.payload, 12, 'Eskimiş çeviri')).advice.id
    ids.current = (await createPublishedAdvice(ctx.payload, 13, 'Güncel çeviri')).advice.id
    await saveEnglish(ids.outdated, 'Old translation')
    await publishTurkish(ids.outdated, 'Eskimiş çeviri, yeni Türkçe')
    await saveEnglish(ids.current, 'Current translation')
  })

  it('each state lists exactly its documents, a document nobody translated counting as missing', async () => {
    for (const state of ['missing', 'outdated', 'current'] as const) {
      const { status, ids: found } = await filtered(state)
      expect(status).toBe(200)
      expect(found).toContain(ids[state])
      for (const other of Object.values(ids).filter((i) => i !== ids[state])) expect(found).not.toContain(other)
    }
  })

  it('anonymous readers cannot ask by translation status', async () => {
    const { status, ids: found } = await filtered('missing', '')
    expect(status).toBeGreaterThanOrEqual(400)
    expect(status).toBeLessThan(500)
    expect(found).toEqual([])
  })
})

describe('site texts and other collections', () => {
  it('the site texts (a global) have a status too', async () => {
    await ctx.payload.updateGlobal({
      slug: 'site-texts',
      locale: 'tr',
      data: { introTitle: 'Hoş geldiniz', _status: 'published' },
    })
    const { json } = await http.rest('GET', 'globals/site-texts?draft=true', { token: tokens.editor })
    expect(json.translationStatus).toEqual({ en: 'missing' })
    await ctx.payload.updateGlobal({
      slug: 'site-texts',
      locale: 'en',
      draft: true,
      data: { introTitle: 'Welcome' },
      overrideAccess: false,
      user: cast.translator,
    })
    expect(
      (await http.rest('GET', 'globals/site-texts?draft=true', { token: tokens.editor })).json.translationStatus,
    ).toEqual({
      en: 'current',
    })
  })

  it('a question has its status, and deleting a document removes its states', async () => {
    const { question, choice, advice } = await createPublishedAdvice(ctx.payload, 21, 'Silinecek')
    const { json } = await http.rest('GET', `questions/${question.id}`, { token: tokens.editor })
    expect(json.translationStatus).toEqual({ en: 'missing' })
    await ctx.payload.delete({ collection: 'advice', id: advice.id })
    await ctx.payload.delete({ collection: 'choices', id: choice.id })
    const rows = await ctx.payload.find({
      collection: 'translation-states',
      where: { document: { in: [advice.id, choice.id] } },
    })
    expect(rows.totalDocs).toBe(0)
  })
})

describe('content from before translation states', () => {
  it('counts an existing translation as current and an empty language as missing', async () => {
    const { advice } = await createPublishedAdvice(ctx.payload, 31, 'Eski içerik')
    await saveEnglish(advice.id, 'Old content in English')
    const other = (await createPublishedAdvice(ctx.payload, 32, 'Eski, çevrilmemiş')).advice.id
    await ctx.payload.delete({
      collection: 'translation-states',
      where: { document: { in: [advice.id, other] } },
    })
    await recordExistingTranslations(ctx.payload)
    expect(await statusOf(advice.id, tokens.editor)).toEqual({ en: 'current' })
    expect(await statusOf(other, tokens.editor)).toEqual({ en: 'missing' })
    // And the next Turkish publish makes the old translation outdated.
    await publishTurkish(advice.id, 'Eski içerik, yeni Türkçe')
    expect(await statusOf(advice.id, tokens.editor)).toEqual({ en: 'outdated' })
  })
})

describe('the translation readers see', () => {
  /** What the public pages read to decide whether to tell readers that the Turkish changed. */
  const readersSeeOutdated = async (id: string) => {
    const { docs } = await ctx.payload.find({
      collection: 'translation-states',
      where: { and: [{ document: { equals: id } }, { locale: { equals: 'en' } }] },
    })
    return docs[0]?.publishedStatus === 'outdated'
  }
  const publishEnglish = (id: string) =>
    ctx.payload.update({
      collection: 'advice',
      id,
      locale: 'en',
      data: { _status: 'published' },
      publishSpecificLocale: 'en',
      overrideAccess: false,
      user: cast.editor,
    })

  it('stays outdated for readers while its newer translation waits as a draft, until that is published', async () => {
    const { advice } = await createPublishedAdvice(ctx.payload, 41, 'Birinci Türkçe')
    await saveEnglish(advice.id, 'First English')
    await publishEnglish(advice.id)
    expect(await readersSeeOutdated(advice.id)).toBe(false)

    await publishTurkish(advice.id, 'İkinci Türkçe')
    expect(await statusOf(advice.id, tokens.editor)).toEqual({ en: 'outdated' })
    expect(await readersSeeOutdated(advice.id)).toBe(true)

    // The translator's new draft is current work, but readers still get the first English.
    await saveEnglish(advice.id, 'Second English')
    expect(await statusOf(advice.id, tokens.editor)).toEqual({ en: 'current' })
    expect(await readersSeeOutdated(advice.id)).toBe(true)
    const { json } = await http.rest('GET', `advice/${advice.id}?locale=en&depth=0`)
    expect(JSON.stringify(json.body)).toContain('First English')

    await publishEnglish(advice.id)
    expect(await readersSeeOutdated(advice.id)).toBe(false)
  })

  it('a published translation confirmed by an editor is current for readers too', async () => {
    const { advice } = await createPublishedAdvice(ctx.payload, 42, 'Birinci Türkçe')
    await saveEnglish(advice.id, 'English')
    await publishEnglish(advice.id)
    await publishTurkish(advice.id, 'Birinci Türkçe, yazım düzeltildi')
    expect(await readersSeeOutdated(advice.id)).toBe(true)
    const { status } = await http.rest('POST', `translation-status/advice/${advice.id}/current?locale=en`, {
      token: tokens.editor,
    })
    expect(status).toBe(200)
    expect(await readersSeeOutdated(advice.id)).toBe(false)
  })
})
