import path from 'node:path'

import { beforeAll, describe, expect, it } from 'vitest'

import { importContent } from '@content-import/import'
import { usePayload } from '@tests/support/boot'
import { createCast, type Cast } from '@tests/support/content'
import { httpClient, tokenFor } from '@tests/support/http'

/**
 * Who did what, to which document, in which language, when: every publish, unpublish,
 * delete, restore, import run, new user, role or language change is an entry that staff read
 * over REST and GraphQL and that nobody can write, change or delete. Failed sign-ins are
 * counted apart (tests/integration/security/sign-in-failures.test.ts).
 */
const ctx = usePayload()
const http = httpClient(ctx.payload)
let cast: Cast
let tokens: Record<'editor' | 'translator' | 'admin', string>

type Entry = {
  id: string
  action: string
  person?: string | null
  personName?: string | null
  collection?: string | null
  document?: string | null
  documentTitle?: string | null
  locale?: string | null
  details?: Record<string, unknown> | null
  createdAt: string
}

/** The log's entries about one document, newest first, as an editor reads them over REST. */
const entriesFor = async (document: string) => {
  const { status, json } = await http.rest(
    'GET',
    `activity-log?where[document][equals]=${document}&sort=-createdAt&limit=50&depth=0`,
    { token: tokens.editor },
  )
  expect(status).toBe(200)
  return json.docs as Entry[]
}

const rest = (method: 'POST' | 'PATCH' | 'DELETE', route: string, token: string, body?: object) =>
  http.rest(method, route, { token, body })

beforeAll(async () => {
  cast = await createCast(ctx.payload)
  tokens = {
    editor: await tokenFor(ctx.payload, cast.editor.email),
    translator: await tokenFor(ctx.payload, cast.translator.email),
    admin: await tokenFor(ctx.payload, cast.admin.email),
  }
})

describe('publishing activity', () => {
  let questionId: string

  it('a publish is recorded with who, the document, the language and when; a draft save is not', async () => {
    const before = new Date().toISOString()
    const created = await rest('POST', 'questions?locale=tr', tokens.editor, {
      number: 71,
      text: 'Gönüllü politikanız var mı?',
      _status: 'published',
    })
    expect(created.status).toBe(201)
    questionId = (created.json.doc as { id: string }).id
    const draft = await rest('PATCH', `questions/${questionId}?locale=en&draft=true`, tokens.translator, {
      text: 'Do you have a volunteer policy?',
    })
    expect(draft.status).toBe(200)

    const [entry, ...rest_] = await entriesFor(questionId)
    expect(rest_).toHaveLength(0)
    expect(entry).toMatchObject({
      action: 'publish',
      person: cast.editor.id,
      personName: cast.editor.name,
      collection: 'questions',
      document: questionId,
      documentTitle: 'Soru: Gönüllü politikanız var mı?',
      locale: 'tr',
    })
    expect(entry.createdAt >= before).toBe(true)
  })

  it('publishing one language records that language', async () => {
    const published = await rest('PATCH', `questions/${questionId}?locale=en`, tokens.editor, {
      _status: 'published',
    })
    expect(published.status).toBe(200)
    const [entry] = await entriesFor(questionId)
    expect(entry).toMatchObject({ action: 'publish', locale: 'en', person: cast.editor.id })
  })

  it('an unpublish and a version restore are recorded, over GraphQL too', async () => {
    const unpublished = await http.graphql(
      `mutation($id: String!) { updateQuestion(id: $id, locale: tr, data: { _status: draft }) { id } }`,
      { token: tokens.editor, variables: { id: questionId } },
    )
    expect(unpublished.json.errors).toBeUndefined()
    expect((await entriesFor(questionId))[0]).toMatchObject({ action: 'unpublish', locale: 'tr' })

    const versions = await ctx.payload.findVersions({
      collection: 'questions',
      where: { parent: { equals: questionId } },
      sort: 'createdAt',
    })
    const restored = await rest('POST', `questions/versions/${versions.docs[0].id}?locale=tr`, tokens.editor)
    expect(restored.status).toBe(200)
    const [entry, previous] = await entriesFor(questionId)
    expect(entry).toMatchObject({ action: 'restore', person: cast.editor.id, details: { asDraft: false } })
    // Recorded once, as a restore.
    expect(previous.action).toBe('unpublish')
  })

  it('a delete is recorded with the title the document had', async () => {
    const deleted = await rest('DELETE', `questions/${questionId}`, tokens.editor)
    expect(deleted.status).toBe(200)
    expect((await entriesFor(questionId))[0]).toMatchObject({
      action: 'delete',
      documentTitle: 'Soru: Gönüllü politikanız var mı?',
    })
  })

  it('publishing the site texts is recorded too; saving their draft is not', async () => {
    const draft = await http.rest('POST', 'globals/site-texts?locale=tr&draft=true', {
      token: tokens.editor,
      body: { _status: 'draft' },
    })
    expect(draft.status).toBe(200)
    expect(await entriesFor('site-texts')).toEqual([])
    const published = await http.rest('POST', 'globals/site-texts?locale=tr', {
      token: tokens.editor,
      body: { _status: 'published' },
    })
    expect(published.status).toBe(200)
    const [entry] = await entriesFor('site-texts')
    expect(entry).toMatchObject({ action: 'publish', collection: 'site-texts', locale: 'tr', person: cast.editor.id })
  })

  it('a refused write leaves no entry', async () => {
    const created = await ctx.payload.create({
      collection: 'areas',
      data: { title: 'Gönüllülük', _status: 'draft' },
      draft: true,
    })
    const refused = await rest('PATCH', `areas/${created.id}?locale=en`, tokens.translator, { _status: 'published' })
    expect(refused.status).toBe(403)
    expect(await entriesFor(created.id)).toEqual([])
  })
})

describe('people', () => {
  it('a new user, a role change and a language change are recorded with before and after', async () => {
    const created = await rest('POST', 'users', tokens.admin, {
      email: 'yeni@example.org',
      password: 'test-password-123',
      name: 'Yeni Çevirmen',
      role: 'translator',
      languages: ['en'],
    })
    expect(created.status).toBe(201)
    const id = (created.json.doc as { id: string }).id
    expect(await rest('PATCH', `users/${id}`, tokens.admin, { role: 'editor' })).toMatchObject({ status: 200 })
    expect(await rest('PATCH', `users/${id}`, tokens.admin, { languages: [] })).toMatchObject({ status: 200 })
    const entries = await entriesFor(id)
    expect(entries.map((e) => [e.action, e.details])).toEqual([
      ['languages_changed', { from: ['en'], to: [] }],
      ['role_changed', { from: 'translator', to: 'editor' }],
      ['user_created', { role: 'translator', languages: ['en'] }],
    ])
    expect(entries.every((e) => e.person === cast.admin.id && e.documentTitle === 'Kullanıcı: Yeni Çevirmen')).toBe(
      true,
    )
  })
})

describe('import runs', () => {
  it('one entry per run with its counts, none per document', async () => {
    const report = await importContent(
      ctx.payload,
      [path.join(process.cwd(), 'content-import/sample/tr/ornek-1-1.md')],
      { locale: 'tr', status: 'published', by: 'Test koşusu' },
    )
    const { json } = await http.rest('GET', 'activity-log?where[action][equals]=import&sort=-createdAt', {
      token: tokens.editor,
    })
    const [entry] = json.docs as Entry[]
    expect(entry).toMatchObject({
      personName: 'Test koşusu',
      locale: 'tr',
      details: { files: report.files, imported: report.imported, created: report.created, errors: 0 },
    })
    const perDocument = await ctx.payload.count({
      collection: 'activity-log',
      where: { and: [{ action: { equals: 'publish' } }, { personName: { equals: 'Test koşusu' } }] },
    })
    expect(perDocument.totalDocs).toBe(0)
    // Its documents' versions name the system as their author, also where the import writes
    // straight through the database adapter.
    const advice = await ctx.payload.find({
      collection: 'advice',
      where: { and: [{ questionNumber: { equals: 1 } }, { choiceNumber: { equals: 1 } }] },
    })
    const versions = await ctx.payload.findVersions({
      collection: 'advice',
      where: { parent: { equals: advice.docs[0].id } },
    })
    expect(versions.docs.map((v) => v.version.changedBy)).toEqual(['Sistem'])
  })
})

describe('who may read and write the log', () => {
  it('staff read it over REST and GraphQL; anonymous readers get nothing', async () => {
    for (const token of [tokens.admin, tokens.editor, tokens.translator]) {
      const { status, json } = await http.rest('GET', 'activity-log?limit=1', { token })
      expect(status).toBe(200)
      expect(json.totalDocs).toBeGreaterThan(0)
      const graphql = await http.graphql('{ ActivityLog(limit: 1) { totalDocs docs { action personName } } }', {
        token,
      })
      expect((graphql.json.data?.ActivityLog as unknown as { totalDocs: number }).totalDocs).toBeGreaterThan(0)
    }
    expect((await http.rest('GET', 'activity-log')).status).toBe(403)
    const anonymous = await http.graphql('{ ActivityLog { docs { action } } }')
    expect(anonymous.json.data?.ActivityLog ?? null).toBeNull()
  })

  it('nobody, administrators included, writes, changes or deletes an entry through any API', async () => {
    const [entry] = (await http.rest('GET', 'activity-log?limit=1', { token: tokens.admin })).json.docs as Entry[]
    for (const token of [tokens.admin, tokens.editor]) {
      expect((await rest('POST', 'activity-log', token, { action: 'publish', personName: 'x' })).status).toBe(403)
      expect((await rest('PATCH', `activity-log/${entry.id}`, token, { personName: 'x' })).status).toBe(403)
      expect((await rest('DELETE', `activity-log/${entry.id}`, token)).status).toBe(403)
    }
    // GraphQL has no mutations for the log at all.
    const graphql = await http.graphql(`mutation { deleteActivityEntry(id: "${entry.id}") { id } }`, {
      token: tokens.admin,
    })
    expect(JSON.stringify(graphql.json.errors)).toMatch(/deleteActivityEntry/)
    await expect(
      ctx.payload.delete({ collection: 'activity-log', id: entry.id, overrideAccess: false, user: cast.admin }),
    ).rejects.toThrow()
    const still = await ctx.payload.findByID({ collection: 'activity-log', id: entry.id })
    expect(still.personName).toBe(entry.personName)
  })
})

describe('who saved each version', () => {
  it('each version carries its author, set by the server whatever the caller sends', async () => {
    const created = await rest('POST', 'questions?locale=tr', tokens.editor, {
      number: 72,
      text: 'Yazar sorusu?',
      _status: 'published',
      changedBy: 'Sahte Kişi',
    })
    expect(created.status).toBe(201)
    const id = (created.json.doc as { id: string }).id
    const english = await rest('PATCH', `questions/${id}?locale=en&draft=true`, tokens.translator, {
      text: 'Author question?',
      changedBy: 'Sahte Kişi',
    })
    expect(english.status).toBe(200)
    const { json } = await http.rest('GET', `questions/versions?where[parent][equals]=${id}&sort=-updatedAt&depth=0`, {
      token: tokens.translator,
    })
    const authors = (json.docs as Array<{ version: { changedBy?: string } }>).map((v) => v.version.changedBy)
    expect(authors).toEqual([cast.translator.name, cast.editor.name])
    const graphql = await http.graphql(
      `query($id: JSON) { versionsQuestions(where: { parent: { equals: $id } }, sort: "-updatedAt") { docs { version { changedBy } } } }`,
      { token: tokens.editor, variables: { id } },
    )
    const viaGraphql = (
      graphql.json.data?.versionsQuestions as unknown as { docs: Array<{ version: { changedBy: string } }> }
    ).docs.map((v) => v.version.changedBy)
    expect(viaGraphql).toEqual(authors)
  })
})
