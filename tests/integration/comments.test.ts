import { beforeAll, describe, expect, it, vi } from 'vitest'

import { usePayload } from '@tests/support/boot'
import { createCast, createPublishedAdvice, type Cast } from '@tests/support/content'
import { httpClient, tokenFor } from '@tests/support/http'
import { paragraphs } from '@tests/support/lexical'
import { limits } from '@/shared/limits'

/**
 * Comments of the content team on a draft, over REST as issue 24 states the contract: staff
 * write, answer in threads, mention colleagues, resolve and reopen; each edits and deletes only
 * their own, and a deletion leaves "silindi" in the thread; the activity log records it all;
 * anonymous callers reach none of it; an editor's "Düzeltme istendi" note starts a thread.
 */
const ctx = usePayload()
const http = httpClient(ctx.payload)
let cast: Cast
let tokens: Record<'editor' | 'translator' | 'admin', string>
let advice: string

type Json = Record<string, unknown>
const post = (token: string | undefined, body: Json) => http.rest('POST', 'comments', { token, body })
const comment = (text: string, extra: Json = {}) => ({
  doc: { relationTo: 'advice', value: advice },
  locale: 'en',
  text,
  parent: null,
  ...extra,
})
const list = async (token?: string) =>
  http.rest('GET', `comments?where[doc.value][equals]=${advice}&depth=0&sort=createdAt&limit=100`, { token })

beforeAll(async () => {
  cast = await createCast(ctx.payload)
  tokens = {
    editor: await tokenFor(ctx.payload, cast.editor.email),
    translator: await tokenFor(ctx.payload, cast.translator.email),
    admin: await tokenFor(ctx.payload, cast.admin.email),
  }
  advice = (await createPublishedAdvice(ctx.payload, 1, 'Türkçe yayımda')).advice.id
})

describe('comments on a draft', () => {
  it('POST /api/comments with the issue’s body answers 201; the author is who signed in, whatever was sent', async () => {
    const created = await post(
      tokens.translator,
      comment('“Kurul” burada “board” mı olmalı?', { author: cast.editor.id }),
    )
    expect(created.status).toBe(201)
    const doc = (created.json as { doc: Json }).doc
    expect(doc.author).toMatchObject({ id: cast.translator.id })
    expect(doc.authorName).toBe(cast.translator.name ?? cast.translator.email)
    const { json } = await list(tokens.editor)
    expect((json.docs as Json[]).map((d) => d.text)).toContain('“Kurul” burada “board” mı olmalı?')
  })

  it('answers join the thread of the comment answered, even an answer to an answer', async () => {
    const first = ((await post(tokens.editor, comment('Kök yorum'))).json as { doc: Json }).doc
    const answer = ((await post(tokens.translator, comment('Yanıt', { parent: first.id }))).json as { doc: Json }).doc
    const deeper = await post(tokens.editor, comment('Yanıta yanıt', { parent: answer.id }))
    expect(deeper.status).toBe(201)
    expect(((deeper.json as { doc: Json }).doc.parent as Json).id).toBe(first.id)
    // Not on another language's thread.
    const elsewhere = await post(tokens.editor, comment('Başka dil', { parent: first.id, locale: 'tr' }))
    expect(elsewhere.status).toBe(400)
    expect(JSON.stringify(elsewhere.json)).toContain('parent')
  })

  it('each edits and deletes only their own; a deleted comment stays in its thread, empty', async () => {
    const mine = ((await post(tokens.translator, comment('Çevirmenin notu'))).json as { doc: Json }).doc
    const foreign = await http.rest('PATCH', `comments/${mine.id}`, {
      token: tokens.editor,
      body: { text: 'Değiştirildi' },
    })
    expect(foreign.status).toBe(403)
    expect(JSON.stringify(foreign.json)).toContain('kendi yorumlarınızı')
    const edited = await http.rest('PATCH', `comments/${mine.id}`, {
      token: tokens.translator,
      body: { text: 'Düzeltildi' },
    })
    expect(edited.status).toBe(200)
    const deleted = await http.rest('PATCH', `comments/${mine.id}`, {
      token: tokens.translator,
      body: { deleted: true },
    })
    expect((deleted.json as { doc: Json }).doc).toMatchObject({ deleted: true, text: '' })
    // Nothing is removed outright, not even by an administrator.
    expect((await http.rest('DELETE', `comments/${mine.id}`, { token: tokens.admin })).status).toBe(403)
    const again = await http.rest('PATCH', `comments/${mine.id}`, {
      token: tokens.translator,
      body: { deleted: false, text: 'geri' },
    })
    expect((again.json as { doc: Json }).doc).toMatchObject({ deleted: true, text: '' })
  })

  it('anyone of the team resolves and reopens a thread; an answer cannot be resolved', async () => {
    const root = ((await post(tokens.translator, comment('Çözülecek'))).json as { doc: Json }).doc
    const answer = ((await post(tokens.editor, comment('Tamam', { parent: root.id }))).json as { doc: Json }).doc
    const resolved = await http.rest('PATCH', `comments/${root.id}`, { token: tokens.editor, body: { resolved: true } })
    expect((resolved.json as { doc: Json }).doc).toMatchObject({
      resolved: true,
      resolvedBy: cast.editor.name ?? cast.editor.email,
    })
    const reopened = await http.rest('PATCH', `comments/${root.id}`, {
      token: tokens.translator,
      body: { resolved: false },
    })
    expect((reopened.json as { doc: Json }).doc).toMatchObject({ resolved: false, resolvedBy: null })
    expect(
      (await http.rest('PATCH', `comments/${answer.id}`, { token: tokens.editor, body: { resolved: true } })).status,
    ).toBe(400)

    const log = await ctx.payload.find({
      collection: 'activity-log',
      where: { document: { equals: advice }, action: { like: 'comment_' } },
      limit: 100,
    })
    const actions = log.docs.map((entry) => entry.action)
    expect(actions).toEqual(
      expect.arrayContaining(['comment_added', 'comment_resolved', 'comment_reopened', 'comment_deleted']),
    )
    expect(log.docs.find((entry) => entry.action === 'comment_resolved')?.locale).toBe('en')
  })

  it('mentions name existing people of the team only; text is bounded and not empty', async () => {
    const ok = await post(tokens.translator, comment('@editör bakar mısınız?', { mentions: [cast.editor.id] }))
    expect(ok.status).toBe(201)
    const unknown = await post(
      tokens.translator,
      comment('Kimse', { mentions: ['00000000-0000-4000-8000-000000000000'] }),
    )
    expect(unknown.status).toBe(400)
    expect((await post(tokens.translator, comment('   '))).status).toBe(400)
    expect((await post(tokens.translator, comment('x'.repeat(limits.comments.textChars + 1)))).status).toBe(400)
    const nowhere = await post(tokens.translator, {
      ...comment('Yok'),
      doc: { relationTo: 'advice', value: '00000000-0000-4000-8000-000000000000' },
    })
    expect(nowhere.status).toBe(400)
    expect(JSON.stringify(nowhere.json)).toContain('Bu kimlikte bir belge yok')
    const malformed = await post(tokens.translator, {
      ...comment('Yok'),
      doc: { relationTo: 'advice', value: 'no-such-id' },
    })
    expect(malformed.status).toBe(400)
    expect(
      (await post(tokens.translator, { ...comment('Kullanıcı'), doc: { relationTo: 'users', value: cast.editor.id } }))
        .status,
    ).toBe(400)
  })

  it('a mention tells the person mentioned, an answer the thread’s author: once each, never the writer', async () => {
    const told = async (who: string) =>
      (
        await ctx.payload.find({
          collection: 'notifications',
          where: { recipient: { equals: who }, kind: { equals: 'comment' } },
          sort: 'createdAt',
          limit: 100,
          overrideAccess: true,
        })
      ).docs
    const before = { editor: (await told(cast.editor.id)).length, translator: (await told(cast.translator.id)).length }
    const root = (
      (
        await post(
          tokens.translator,
          comment('@editor bakar mısınız?', { mentions: [cast.editor.id, cast.translator.id] }),
        )
      ).json as { doc: Json }
    ).doc
    await vi.waitFor(async () => expect((await told(cast.editor.id)).length).toBe(before.editor + 1))
    const mention = (await told(cast.editor.id)).at(-1)!
    expect(mention).toMatchObject({ locale: 'en', document: advice, note: '@editor bakar mısınız?' })
    expect(mention.summary).toContain('Yorumda anıldınız')
    // An answer that mentions the thread's author tells them once, as the answer.
    await post(tokens.editor, comment('Baktım @translator', { parent: root.id, mentions: [cast.translator.id] }))
    await vi.waitFor(async () => expect((await told(cast.translator.id)).length).toBe(before.translator + 1))
    expect((await told(cast.translator.id)).at(-1)?.summary).toContain('Yorumda anıldınız')
    await post(tokens.editor, comment('Bir de şu', { parent: root.id }))
    await vi.waitFor(async () => expect((await told(cast.translator.id)).length).toBe(before.translator + 2))
    expect((await told(cast.translator.id)).at(-1)?.summary).toContain('Yorumunuza yanıt')
    expect((await told(cast.editor.id)).length).toBe(before.editor + 1)
  })

  it('the names offered for a mention: staff only, ids and names only, matched in Turkish', async () => {
    const { status, json } = await http.rest('GET', `comments/people?q=${encodeURIComponent('EDİTOR')}`, {
      token: tokens.translator,
    })
    expect(status).toBe(200)
    const people = json.people as Json[]
    expect(people.map((person) => person.id)).toContain(cast.editor.id)
    expect(Object.keys(people[0]).sort()).toEqual(['id', 'name'])
    expect((await http.rest('GET', 'comments/people?q=a')).status).toBe(403)
  })

  it('anonymous callers reach none of it: REST and GraphQL', async () => {
    expect((await post(undefined, comment('Anonim'))).status).toBe(403)
    const { json } = await list(undefined)
    expect(json.docs ?? []).toEqual([])
    const graphql = await http.graphql('{ Comments { docs { text } } }')
    expect(JSON.stringify(graphql.json)).not.toContain('Kök yorum')
  })

  it('an editor’s “Düzeltme istendi” note starts a thread, and the next review does not overwrite it', async () => {
    const note = 'Son paragraf eksik çevrilmiş.'
    await http.rest('PATCH', `advice/${advice}?locale=en&draft=true`, {
      token: tokens.translator,
      body: { body: paragraphs('English draft'), reviewState: 'in_review' },
    })
    const asked = await http.rest('PATCH', `advice/${advice}?locale=en&draft=true`, {
      token: tokens.editor,
      body: { reviewState: 'changes_requested', reviewComment: note },
    })
    expect(asked.status).toBe(200)
    await http.rest('PATCH', `advice/${advice}?locale=en&draft=true`, {
      token: tokens.translator,
      body: { reviewState: 'in_review' },
    })
    const { json } = await list(tokens.translator)
    const thread = (json.docs as Json[]).find((d) => d.text === note)
    expect(thread).toMatchObject({ locale: 'en', parent: null, resolved: false })
    expect(thread?.author).toBe(cast.editor.id)
  })

  it('a person cannot flood the others: past the limit a 429 with a message', async () => {
    const many = limits.comments.perPerson
    let status = 201
    for (let i = 0; i < many + 1 && status === 201; i++)
      status = (await post(tokens.admin, comment(`Yorum ${i}`))).status
    expect(status).toBe(429)
    // Past the allowance, the same person's review note still saves, and still starts a thread.
    const note = 'Limit sonrası not'
    const asked = await http.rest('PATCH', `advice/${advice}?locale=en&draft=true`, {
      token: tokens.admin,
      body: { reviewState: 'changes_requested', reviewComment: note },
    })
    expect(asked.status).toBe(200)
    expect(((await list(tokens.admin)).json.docs as Json[]).some((d) => d.text === note)).toBe(true)
  })
})

describe('a comment on one paragraph', () => {
  let doc: string
  const long =
    'İkinci paragraf, ilk kelimeleriyle tanınacak kadar uzun bir cümle; sonu seçimde görünmez, yalnızca başı görünür.'
  beforeAll(async () => {
    doc = (await createPublishedAdvice(ctx.payload, 3, 'Türkçe ilk paragraf')).advice.id
    // The English draft: two paragraphs, the second long enough to be cut to its first words.
    const saved = await http.rest('PATCH', `advice/${doc}?locale=en&draft=true`, {
      token: tokens.translator,
      body: { body: paragraphs('English first paragraph', long) },
    })
    expect(saved.status).toBe(200)
  })
  const onDoc = (text: string, extra: Json = {}) =>
    comment(text, { doc: { relationTo: 'advice', value: doc }, ...extra })
  const paragraphsOf = (locale: string) =>
    http.rest('GET', `comments/paragraphs?collection=advice&id=${doc}&locale=${locale}`, { token: tokens.translator })

  it('the paragraphs offered: the unit ids of src/rich-text/segments.ts with their first words, in that language only', async () => {
    const { status, json } = await paragraphsOf('en')
    expect(status).toBe(200)
    const found = json.paragraphs as Array<{ id: string; field: string; start: string }>
    expect(found.map((p) => [p.id, p.field])).toEqual([
      ['body-0', 'body'],
      ['body-1', 'body'],
    ])
    expect(found[0].start).toBe('English first paragraph')
    expect(found[1].start.endsWith('…')).toBe(true)
    expect(long.startsWith(found[1].start.slice(0, -1))).toBe(true)
    expect(found[1].start.length).toBeLessThanOrEqual(61)
    // The Turkish text is its own; the English one is not filled in from it.
    const turkish = (await paragraphsOf('tr')).json.paragraphs as Array<{ start: string }>
    expect(turkish.map((p) => p.start)).toEqual(['Türkçe ilk paragraf'])
    // Staff only; a collection that is not commented is refused.
    expect((await http.rest('GET', `comments/paragraphs?collection=advice&id=${doc}&locale=en`)).status).toBe(403)
    expect(
      (await http.rest('GET', `comments/paragraphs?collection=users&id=${doc}&locale=en`, { token: tokens.editor }))
        .status,
    ).toBe(400)
  })

  it('a thread names a paragraph the document has in its language; its answers carry none', async () => {
    const about = await post(tokens.translator, onDoc('Bu paragraf eksik.', { paragraph: 'body-1' }))
    expect(about.status).toBe(201)
    const root = (about.json as { doc: Json }).doc
    expect(root.paragraph).toBe('body-1')
    const answer = await post(tokens.editor, onDoc('Tamamladım.', { parent: root.id, paragraph: 'body-0' }))
    expect(answer.status).toBe(201)
    expect((answer.json as { doc: Json }).doc.paragraph).toBeNull()
    // Not a paragraph the text has: the English has two, the Turkish one.
    const missing = await post(tokens.translator, onDoc('Yok', { paragraph: 'body-2' }))
    expect(missing.status).toBe(400)
    expect(JSON.stringify(missing.json)).toContain('paragraf')
    expect((await post(tokens.translator, onDoc('Yok', { paragraph: 'body-1', locale: 'tr' }))).status).toBe(400)
    expect((await post(tokens.translator, onDoc('Başlık değil', { paragraph: 'label' }))).status).toBe(400)
    // Moved to another paragraph by its author only, and only to one that exists.
    const foreign = await http.rest('PATCH', `comments/${root.id}`, {
      token: tokens.editor,
      body: { paragraph: 'body-0' },
    })
    expect(foreign.status).toBe(403)
    const moved = await http.rest('PATCH', `comments/${root.id}`, {
      token: tokens.translator,
      body: { paragraph: 'body-0' },
    })
    expect((moved.json as { doc: Json }).doc.paragraph).toBe('body-0')
    const nowhere = await http.rest('PATCH', `comments/${root.id}`, {
      token: tokens.translator,
      body: { paragraph: 'body-9' },
    })
    expect(nowhere.status).toBe(400)
    // Resolving does not ask again: a paragraph gone since leaves its thread resolvable.
    const late = ((await post(tokens.translator, onDoc('Son paragraf', { paragraph: 'body-1' }))).json as { doc: Json })
      .doc
    await http.rest('PATCH', `advice/${doc}?locale=en&draft=true`, {
      token: tokens.translator,
      body: { body: paragraphs('Only one now') },
    })
    expect((await paragraphsOf('en')).json.paragraphs).toHaveLength(1)
    const resolved = await http.rest('PATCH', `comments/${late.id}`, {
      token: tokens.editor,
      body: { resolved: true },
    })
    expect((resolved.json as { doc: Json }).doc).toMatchObject({ resolved: true, paragraph: 'body-1' })
  })
})

describe('a deleted document', () => {
  it('takes its comments with it; another document’s comments stay', async () => {
    const other = (await createPublishedAdvice(ctx.payload, 2, 'Silinecek reçete')).advice.id
    const onOther = await post(tokens.editor, {
      ...comment('Silinecek belgeye yorum'),
      doc: { relationTo: 'advice', value: other },
    })
    expect(onOther.status).toBe(201)
    const kept = await post(tokens.editor, comment('Kalan belgeye yorum'))
    expect(kept.status).toBe(201)
    expect((await http.rest('DELETE', `advice/${other}`, { token: tokens.editor })).status).toBe(200)
    // Counted by its text: on SQLite the database itself would drop the link to the document,
    // leaving a comment about nothing that a query by document no longer finds.
    const left = await ctx.payload.count({
      collection: 'comments',
      where: { text: { equals: 'Silinecek belgeye yorum' } },
    })
    expect(left.totalDocs).toBe(0)
    expect(((await list(tokens.editor)).json.docs as Json[]).some((d) => d.text === 'Kalan belgeye yorum')).toBe(true)
  })
})
