import { beforeAll, describe, expect, it } from 'vitest'

import { usePayload } from '@tests/support/boot'
import { createCast, createPublishedAdvice, type Cast } from '@tests/support/content'
import { httpClient, tokenFor } from '@tests/support/http'
import { paragraphs, textOf } from '@tests/support/lexical'

/**
 * An editor publishes the reviewed English translation while a Turkish revision is still a
 * draft: readers keep seeing the old Turkish text, and the Turkish draft is not lost.
 */
const ctx = usePayload()
let cast: Cast
let adviceId: string

const readerText = async (locale: 'tr' | 'en') =>
  textOf(
    (
      await ctx.payload.findByID({
        collection: 'advice',
        id: adviceId,
        locale,
        fallbackLocale: false,
        overrideAccess: false,
      })
    ).body,
  )
const draftText = async (locale: 'tr' | 'en') =>
  textOf(
    (
      await ctx.payload.findByID({
        collection: 'advice',
        id: adviceId,
        locale,
        draft: true,
        fallbackLocale: false,
        overrideAccess: false,
        user: cast.editor,
      })
    ).body,
  )

beforeAll(async () => {
  cast = await createCast(ctx.payload)
  adviceId = (await createPublishedAdvice(ctx.payload, 1, 'Türkçe v1')).advice.id
  await ctx.payload.update({
    collection: 'advice',
    id: adviceId,
    locale: 'tr',
    draft: true,
    data: { body: paragraphs('Türkçe v2 taslak') },
    overrideAccess: false,
    user: cast.editor,
  })
  await ctx.payload.update({
    collection: 'advice',
    id: adviceId,
    locale: 'en',
    draft: true,
    data: { body: paragraphs('English v1') },
    overrideAccess: false,
    user: cast.translator,
  })
})

describe('publishing one language', () => {
  it('publishing English leaves the pending Turkish draft unpublished', async () => {
    await ctx.payload.update({
      collection: 'advice',
      id: adviceId,
      locale: 'en',
      data: { _status: 'published' },
      overrideAccess: false,
      user: cast.editor,
    })
    expect(await readerText('en')).toBe('English v1')
    expect(await readerText('tr')).toBe('Türkçe v1')
    expect(await draftText('tr')).toBe('Türkçe v2 taslak')
  })

  it('an edit without the draft flag publishes only its own language', async () => {
    await ctx.payload.update({
      collection: 'advice',
      id: adviceId,
      locale: 'en',
      data: { body: paragraphs('English v2') },
      overrideAccess: false,
      user: cast.editor,
    })
    expect(await readerText('en')).toBe('English v2')
    expect(await readerText('tr')).toBe('Türkçe v1')
    expect(await draftText('tr')).toBe('Türkçe v2 taslak')
    const live = await ctx.payload.findByID({ collection: 'advice', id: adviceId, overrideAccess: false })
    expect(live._status).toBe('published')
  })

  it('publishing Turkish then publishes the Turkish revision and keeps English', async () => {
    await ctx.payload.update({
      collection: 'advice',
      id: adviceId,
      locale: 'tr',
      data: { _status: 'published' },
      overrideAccess: false,
      user: cast.editor,
    })
    expect(await readerText('tr')).toBe('Türkçe v2 taslak')
    expect(await readerText('en')).toBe('English v2')
  })

  it('with nothing pending in other languages, the admin shows the document as published, not as a draft', async () => {
    const newest = await ctx.payload.findVersions({
      collection: 'advice',
      where: { parent: { equals: adviceId } },
      sort: '-updatedAt',
      limit: 1,
    })
    expect(newest.docs[0].version._status).toBe('published')
  })

  it('publishing a never-published draft in Turkish leaves it shown as published (no draft copy left newest)', async () => {
    const question = await ctx.payload.create({
      collection: 'questions',
      draft: true,
      locale: 'tr',
      data: { number: 58, text: 'İlk kez yayımlanacak' },
      overrideAccess: false,
      user: cast.editor,
    })
    await ctx.payload.update({
      collection: 'questions',
      id: question.id,
      locale: 'tr',
      data: { _status: 'published' },
      // As the admin's "Yayımla: Türkçe" asks.
      publishSpecificLocale: 'tr',
      overrideAccess: false,
      user: cast.editor,
    })
    const newest = await ctx.payload.findVersions({
      collection: 'questions',
      where: { parent: { equals: question.id } },
      sort: '-updatedAt',
      limit: 1,
    })
    expect(newest.docs[0].version._status).toBe('published')
  })

  it('an edit without the draft flag on a never-published document stays a draft', async () => {
    const question = await ctx.payload.create({
      collection: 'questions',
      draft: true,
      data: { number: 50, text: 'Taslak soru' },
      overrideAccess: false,
      user: cast.editor,
    })
    await ctx.payload.update({
      collection: 'questions',
      id: question.id,
      data: { text: 'Hâlâ taslak' },
      overrideAccess: false,
      user: cast.editor,
    })
    const reader = await ctx.payload.find({
      collection: 'questions',
      where: { number: { equals: 50 } },
      overrideAccess: false,
    })
    expect(reader.docs).toHaveLength(0)
    const latest = await ctx.payload.findByID({ collection: 'questions', id: question.id, draft: true })
    expect(latest.text).toBe('Hâlâ taslak')
  })

  it('the admin\'s "Yayımla: İngilizce" after a translator\'s draft leaves the document shown as published', async () => {
    const { advice } = await createPublishedAdvice(ctx.payload, 51, 'Türkçe metin')
    await ctx.payload.update({
      collection: 'advice',
      id: advice.id,
      locale: 'en',
      draft: true,
      data: { body: paragraphs('English translation') },
      overrideAccess: false,
      user: cast.translator,
    })
    // The admin's per-language publish button asks for publishSpecificLocale itself.
    await ctx.payload.update({
      collection: 'advice',
      id: advice.id,
      locale: 'en',
      publishSpecificLocale: 'en',
      data: { _status: 'published' },
      overrideAccess: false,
      user: cast.editor,
    })
    const newest = await ctx.payload.findVersions({
      collection: 'advice',
      where: { parent: { equals: advice.id } },
      sort: '-updatedAt',
      limit: 1,
    })
    expect(newest.docs[0].version._status).toBe('published')
    const reader = async (locale: 'tr' | 'en') =>
      textOf(
        (
          await ctx.payload.findByID({
            collection: 'advice',
            id: advice.id,
            locale,
            fallbackLocale: false,
            overrideAccess: false,
          })
        ).body,
      )
    expect(await reader('en')).toBe('English translation')
    expect(await reader('tr')).toBe('Türkçe metin')
  })
})

describe('publishing the site texts one language at a time', () => {
  const readerTitle = async (locale: 'tr' | 'en') =>
    (await ctx.payload.findGlobal({ slug: 'site-texts', locale, fallbackLocale: false, overrideAccess: false }))
      .introTitle
  const publish = (locale: 'tr' | 'en', introTitle?: string) =>
    ctx.payload.updateGlobal({
      slug: 'site-texts',
      locale,
      data: { ...(introTitle ? { introTitle } : {}), _status: 'published' },
      overrideAccess: false,
      user: cast.editor,
    })
  const newestStatus = async () =>
    (await ctx.payload.findGlobalVersions({ slug: 'site-texts', sort: '-updatedAt', limit: 1 })).docs[0].version._status

  beforeAll(async () => {
    await publish('tr', 'Hoş geldiniz')
    await publish('en', 'Welcome')
  })

  it('with nothing pending, publishing leaves the site texts shown as published in the admin', async () => {
    expect(await newestStatus()).toBe('published')
    expect(await readerTitle('tr')).toBe('Hoş geldiniz')
    expect(await readerTitle('en')).toBe('Welcome')
  })

  it('publishing English leaves a pending Turkish draft unpublished, and Turkish publishes it later', async () => {
    await ctx.payload.updateGlobal({
      slug: 'site-texts',
      locale: 'tr',
      draft: true,
      data: { introTitle: 'Taslak başlık' },
      overrideAccess: false,
      user: cast.editor,
    })
    await publish('en', 'Welcome again')
    expect(await readerTitle('en')).toBe('Welcome again')
    expect(await readerTitle('tr')).toBe('Hoş geldiniz')
    await publish('tr')
    expect(await readerTitle('tr')).toBe('Taslak başlık')
    expect(await readerTitle('en')).toBe('Welcome again')
  })

  it('translators cannot restore a version of the site texts, and nobody can restore one as a draft over the live texts', async () => {
    const http = httpClient(ctx.payload)
    const [oldest] = (await ctx.payload.findGlobalVersions({ slug: 'site-texts', sort: 'createdAt', limit: 1 })).docs
    const restore = async (email: string, query: string) =>
      (
        await http.rest('POST', `globals/site-texts/versions/${oldest.id}?${query}`, {
          token: await tokenFor(ctx.payload, email),
        })
      ).status
    expect(await restore('translator@example.org', 'locale=en')).toBe(403)
    expect(await restore('translator@example.org', 'locale=en&draft=true')).toBe(403)
    expect(await restore('editor@example.org', 'locale=tr&draft=true')).toBe(400)
    expect(await readerTitle('tr')).toBe('Taslak başlık')
    expect(await readerTitle('en')).toBe('Welcome again')

    expect(await restore('editor@example.org', 'locale=tr')).toBe(200)
    expect(await readerTitle('tr')).toBe('Hoş geldiniz')
  })
})
