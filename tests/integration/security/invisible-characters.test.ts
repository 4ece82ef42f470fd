import { writeFileSync } from 'node:fs'
import path from 'node:path'

import { beforeAll, describe, expect, it, vi } from 'vitest'
import type { CollectionSlug } from 'payload'

import { importContent } from '@content-import/import'
import { findQuestion, tempDir } from '@tests/support/import'

import { usePayload } from '@tests/support/boot'
import { createCast, createPublishedAdvice } from '@tests/support/content'
import { httpClient, tokenFor } from '@tests/support/http'

/**
 * Finding 10 of issue 21: a U+202E in a question's text or a team's name reached page titles,
 * search results and admin lists as is. Every title, name and label is refused with a bidi
 * control or an invisible character in it, with a 400 naming the field, over REST and GraphQL,
 * in drafts and autosaves too; Arabic (and Persian with its ZWNJ) is accepted.
 */
const ctx = usePayload()
let http: ReturnType<typeof httpClient>
const tokens: Record<string, string> = {}
const ids: Record<string, string> = {}

const override = 'Sosyal \u202emedya'
const arabic = 'كيف تستخدم منظمتك وسائل التواصل الاجتماعي؟'
const persian = 'می‌خواهم با تیم کار کنم'

beforeAll(async () => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined)
  http = httpClient(ctx.payload)
  const cast = await createCast(ctx.payload)
  ids.users = String(cast.translator.id)
  for (const who of ['admin', 'editor']) tokens[who] = await tokenFor(ctx.payload, `${who}@example.org`)
  const { question, choice } = await createPublishedAdvice(ctx.payload, 16)
  ids.questions = String(question.id)
  ids.choices = String(choice.id)
  ids.areas = String((await ctx.payload.create({ collection: 'areas', data: { title: 'İletişim' } })).id)
  ids.resources = String(
    (await ctx.payload.create({ collection: 'resources', data: { url: 'https://example.org/a', title: 'Rehber' } })).id,
  )
  ids['maturity-levels'] = String(
    (await ctx.payload.create({ collection: 'maturity-levels', data: { title: 'Başlangıç', order: 1 } })).id,
  )
})

/** Every title-like field: its collection, name, label (as the message names it) and GraphQL mutation. */
const fields: Array<{ collection: CollectionSlug; field: string; label: string; mutation: string; as?: string }> = [
  { collection: 'questions', field: 'text', label: 'Soru metni', mutation: 'updateQuestion' },
  { collection: 'choices', field: 'label', label: 'Seçenek metni', mutation: 'updateChoice' },
  { collection: 'areas', field: 'title', label: 'Alan adı', mutation: 'updateArea' },
  { collection: 'resources', field: 'title', label: 'Başlık', mutation: 'updateResource' },
  { collection: 'resources', field: 'publisher', label: 'Yayıncı', mutation: 'updateResource' },
  { collection: 'maturity-levels', field: 'title', label: 'Düzey adı', mutation: 'updateMaturityLevel' },
  { collection: 'users', field: 'name', label: 'Ad soyad', mutation: 'updateUser', as: 'admin' },
]

const stored = async (collection: CollectionSlug, id: string) =>
  JSON.stringify(await ctx.payload.findByID({ collection, id, draft: true, locale: 'all', depth: 0 }))
const versionCount = async (collection: CollectionSlug, id: string) =>
  collection === 'users'
    ? 0
    : (await ctx.payload.countVersions({ collection, where: { parent: { equals: id } } })).totalDocs

describe.each(fields)('$collection $field', ({ collection, field, label, mutation, as = 'editor' }) => {
  const token = () => tokens[as]
  const draft = collection === 'users' ? '' : '&draft=true'

  it('a U+202E is refused over REST with a 400 naming the field, in a draft and an autosave, and nothing is written', async () => {
    const id = ids[collection]
    const before = [await stored(collection, id), await versionCount(collection, id)]
    for (const query of [`?locale=tr${draft}`, `?locale=tr${draft}&autosave=true`]) {
      const { status, json } = await http.rest('PATCH', `${collection}/${id}${query}`, {
        token: token(),
        body: { [field]: override },
      })
      expect(status, query).toBe(400)
      expect(JSON.stringify(json)).toContain(`“${label}” alanında kullanılamayan bir karakter var: U+202E`)
    }
    expect([await stored(collection, id), await versionCount(collection, id)]).toEqual(before)
  })

  it('and over GraphQL', async () => {
    const id = ids[collection]
    const before = await stored(collection, id)
    const draftArgument = collection === 'users' ? '' : ', draft: true, locale: tr'
    const { json } = await http.graphql(
      `mutation ($id: String!, $value: String) { ${mutation}(id: $id${draftArgument}, data: { ${field}: $value }) { id } }`,
      { token: token(), variables: { id, value: `Zero\u200bwidth` } },
    )
    const [error] = (json.errors ?? []) as Array<{ extensions?: { statusCode?: number } }>
    expect(error?.extensions?.statusCode).toBe(400)
    expect(JSON.stringify(json.errors)).toContain(`“${label}” alanında kullanılamayan bir karakter var: U+200B`)
    expect(await stored(collection, id)).toBe(before)
  })

  it('Arabic and Persian (with its ZWNJ) are accepted', async () => {
    for (const value of [arabic, persian]) {
      const { status } = await http.rest('PATCH', `${collection}/${ids[collection]}?locale=en${draft}`, {
        token: token(),
        body: { [field]: value },
      })
      expect(status, value).toBe(200)
    }
  })
})

describe('creating', () => {
  it('a new question, area, resource or user with a bidi control is refused and not created', async () => {
    const attempts: Array<[CollectionSlug, Record<string, unknown>, string]> = [
      ['questions', { number: 77, text: `\u2067${arabic}` }, 'editor'],
      ['areas', { title: 'Kaynak\u2060Geliştirme' }, 'editor'],
      ['resources', { url: 'https://example.org/b', title: 'Kurs\u200f' }, 'editor'],
      ['users', { email: 'x@example.org', password: 'test-password-123', name: '\u202dAyşe', role: 'editor' }, 'admin'],
    ]
    for (const [collection, body, as] of attempts) {
      const before = (await ctx.payload.count({ collection })).totalDocs
      const query = collection === 'users' ? '' : '?draft=true'
      const { status } = await http.rest('POST', `${collection}${query}`, { token: tokens[as], body })
      expect(status, collection).toBe(400)
      expect((await ctx.payload.count({ collection })).totalDocs).toBe(before)
    }
  })
})

describe('the site texts’ titles', () => {
  it.each([
    ['introTitle', 'Giriş başlığı'],
    ['aboutTitle', 'Başlık'],
    ['accessibilityTitle', 'Başlık'],
  ])('%s is refused with a U+202E', async (field, label) => {
    const { status, json } = await http.rest('POST', 'globals/site-texts?locale=tr&draft=true', {
      token: tokens.editor,
      body: { [field]: `Hakkında${'\u202e'}` },
    })
    expect(status).toBe(400)
    expect(JSON.stringify(json)).toContain(`“${label}” alanında kullanılamayan bir karakter var`)
  })
})

describe('a value stored before the rule', () => {
  it('does not block saving the document’s other fields or publishing it; changing it to another refused value is refused', async () => {
    const { question } = await createPublishedAdvice(ctx.payload, 42)
    const old = 'Eski \u202emetin'
    // Written as an older version of the CMS would have: the document and its newest version.
    await ctx.payload.db.updateOne({ collection: 'questions', id: question.id, data: { text: { tr: old } } })
    const [newest] = (
      await ctx.payload.findVersions({
        collection: 'questions',
        where: { parent: { equals: question.id } },
        sort: '-updatedAt',
        limit: 1,
      })
    ).docs
    await ctx.payload.db.updateVersion({
      collection: 'questions',
      id: newest.id,
      versionData: { version: { text: { tr: old } } } as never,
    })
    expect(
      (await ctx.payload.findByID({ collection: 'questions', id: question.id, draft: true, locale: 'tr' })).text,
    ).toBe(old)
    for (const body of [{ order: 3 }, { order: 4, _status: 'published' }]) {
      const saved = await http.rest('PATCH', `questions/${question.id}?locale=tr${body._status ? '' : '&draft=true'}`, {
        token: tokens.editor,
        body,
      })
      expect(saved.status, JSON.stringify(body)).toBe(200)
    }
    const changed = await http.rest('PATCH', `questions/${question.id}?locale=tr&draft=true`, {
      token: tokens.editor,
      body: { text: 'Yeni \u202emetin' },
    })
    expect(changed.status).toBe(400)
  })
})

describe('the import', () => {
  it('refuses a file whose title, area or link text holds one, naming the file and the field, and writes nothing of it', async () => {
    const dir = tempDir()
    const write = (name: string, text: string) => writeFileSync(path.join(dir, name), text)
    write('arapca.md', `---\ntitle: ${arabic}\nquestion_id: 30\narea: التواصل\n---\nشرح\n`)
    write('yon.md', '---\ntitle: "Seçenek \u202eters"\nquestion_id: 31\nchoice_id: 1\n---\nReçete.\n')
    write('alan.md', '---\ntitle: Soru\nquestion_id: 32\narea: "İletişim\u200b"\n---\nAçıklama.\n')
    write(
      'baglanti.md',
      '---\ntitle: Seçenek\nquestion_id: 33\nchoice_id: 1\n---\n[Kurs\u2066](https://example.org/kurs)\n',
    )
    const resourcesBefore = (await ctx.payload.count({ collection: 'resources' })).totalDocs
    const report = await importContent(ctx.payload, [dir], { locale: 'tr', status: 'published' })
    expect(Object.fromEntries(report.errors.map((e) => [e.file, e.message]))).toEqual({
      'yon.md': expect.stringMatching(/^“title” alanında kullanılamayan bir karakter var: U\+202E .*, 9\. karakter\./),
      'alan.md': expect.stringMatching(/^“area” alanında kullanılamayan bir karakter var: U\+200B/),
      'baglanti.md': expect.stringMatching(
        /^“bağlantı metni \(kaynağın başlığı olur\)” alanında kullanılamayan bir karakter var: U\+2066/,
      ),
    })
    expect(report.imported).toBe(1)
    expect(await findQuestion(ctx.payload, 30)).toMatchObject({ text: arabic })
    for (const number of [31, 32, 33]) expect(await findQuestion(ctx.payload, number), String(number)).toBeUndefined()
    expect((await ctx.payload.count({ collection: 'resources' })).totalDocs).toBe(resourcesBefore)
  })
})
