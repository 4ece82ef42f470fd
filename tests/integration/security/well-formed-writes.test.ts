import { configToSchema } from '@payloadcms/graphql'
import fc from 'fast-check'
import { formatNames, toWords, type CollectionSlug, type FlattenedField, type Payload } from 'payload'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import { usePayload } from '@tests/support/boot'
import { createCast, createPublishedAdvice } from '@tests/support/content'
import { fuzzSeed } from '@tests/support/fuzz/fuzz'
import { httpClient, tokenFor } from '@tests/support/http'
import { wrongValuesFor } from '@tests/support/fuzz/wrong-values'

/**
 * Every field of every collection and global refuses a value it cannot store, on every path,
 * before anything is stored: a 400 that names the field, never a 500, and the document, its
 * versions and its schedules exactly as before. Before this, `{"publishAt": ""}` on a choice's
 * draft answered 500 but stored the draft, and from then on every read of the choice, the lists,
 * the versions and GraphQL answered 500 until the database was edited by hand.
 */
const ctx = usePayload()
let http: ReturnType<typeof httpClient>
let adminToken: string
let editorToken: string
let choiceId: string

beforeAll(async () => {
  // Each refusal is logged as one line; hundreds of them would drown the test output.
  vi.spyOn(console, 'warn').mockImplementation(() => undefined)
  ctx.payload.logger.level = 'fatal'
  http = httpClient(ctx.payload)
  await createCast(ctx.payload)
  const { choice } = await createPublishedAdvice(ctx.payload, 1)
  choiceId = String(choice.id)
  await ctx.payload.create({ collection: 'areas', data: { title: 'Yönetişim', order: 1, _status: 'published' } })
  adminToken = await tokenFor(ctx.payload, 'admin@example.org')
  editorToken = await tokenFor(ctx.payload, 'editor@example.org')
})

type Target = { slug: string; id: string | null; versions: boolean; global: boolean; fields: FlattenedField[] }

/** Everything a refused write must leave as it was: the document, the count, its versions, every schedule. */
async function snapshot(payload: Payload, target: Target): Promise<string> {
  const collection = target.slug as CollectionSlug
  const schedules = await payload.find({ collection: 'schedules', limit: 1000, depth: 0, sort: 'id' })
  if (target.global) {
    const doc = await payload.findGlobal({ slug: target.slug as never, draft: true, locale: 'all', depth: 0 })
    const versions = target.versions
      ? await payload.findGlobalVersions({ slug: target.slug as never, limit: 1000, depth: 0 })
      : null
    return JSON.stringify({ doc, versions: versions?.docs, schedules: schedules.docs })
  }
  const count = await payload.count({ collection, overrideAccess: true })
  const doc = target.id
    ? await payload.findByID({ collection, id: target.id, draft: true, locale: 'all', depth: 0, disableErrors: true })
    : null
  const versions =
    target.versions && target.id
      ? await payload.findVersions({ collection, where: { parent: { equals: target.id } }, limit: 1000, depth: 0 })
      : null
  return JSON.stringify({ count: count.totalDocs, doc, versions: versions?.docs, schedules: schedules.docs })
}

async function targets(payload: Payload): Promise<Target[]> {
  const list: Target[] = []
  for (const config of payload.config.collections) {
    const { docs } = await payload.find({ collection: config.slug as CollectionSlug, limit: 1, depth: 0 })
    list.push({
      slug: config.slug,
      id: docs[0] ? String(docs[0].id) : null,
      versions: Boolean(config.versions),
      global: false,
      fields: config.flattenedFields,
    })
  }
  for (const config of payload.config.globals) {
    list.push({
      slug: config.slug,
      id: null,
      versions: Boolean(config.versions),
      global: true,
      fields: config.flattenedFields,
    })
  }
  return list
}

const restWrite = (target: Target, body: unknown, token: string) => {
  if (target.global) return http.rest('POST', `globals/${target.slug}?locale=tr&draft=true`, { token, body })
  if (target.id) return http.rest('PATCH', `${target.slug}/${target.id}?locale=tr&draft=true`, { token, body })
  return http.rest('POST', `${target.slug}?locale=tr&draft=true`, { token, body })
}

/** Fields a client can send (joins are read-only lists; the id is the document's own). */
const writable = (fields: FlattenedField[]) =>
  fields.filter((field) => field.name !== 'id' && wrongValuesFor(field) && !(field as { virtual?: unknown }).virtual)

describe(`a write with a value its field cannot store (fast-check, seed ${fuzzSeed})`, () => {
  it('the reported values on a choice draft: 400 naming the field, nothing stored, every read still answers', async () => {
    const target: Target = {
      slug: 'choices',
      id: choiceId,
      versions: true,
      global: false,
      fields: ctx.payload.collections.choices.config.flattenedFields,
    }
    const before = await snapshot(ctx.payload, target)
    for (const [field, value] of [
      ['publishAt', ''],
      ['publishAt', {}],
      ['publishAt', []],
      ['publishAt', '-000001-01-01T00:00:00.000Z'],
      ['unpublishAt', '+010000-01-01T00:00:00.000Z'],
    ] as const) {
      const { status, json } = await restWrite(target, { [field]: value }, editorToken)
      expect(status, `${field}: ${JSON.stringify(value)}`).toBe(400)
      const [error] = json.errors as Array<{
        message: string
        data: { errors: Array<{ path: string; message: string }> }
      }>
      expect(error.message).toMatch(/^Lütfen geçersiz alanı düzeltin: Yayı/)
      expect(error.data.errors).toEqual([{ path: field, message: expect.stringContaining('Geçerli bir tarih girin') }])
    }
    expect(await snapshot(ctx.payload, target)).toBe(before)
    for (const path of [`choices/${choiceId}?draft=true`, 'choices?draft=true', 'advice?depth=2', `choices/versions`]) {
      expect((await http.rest('GET', path, { token: adminToken })).status, path).toBe(200)
    }
    const graphql = await http.graphql(`{ Choices(draft: true) { docs { id publishAt unpublishAt } } }`, {
      token: adminToken,
    })
    expect(graphql.json.errors).toBeUndefined()
  })

  it('a valid date is stored in one spelling, so stored dates compare as dates', async () => {
    const { status, json } = await http.rest('PATCH', `choices/${choiceId}?locale=tr&draft=true`, {
      token: editorToken,
      body: { publishAt: '2027-01-05T10:00:00+03:00' },
    })
    expect(status).toBe(200)
    expect((json.doc as { publishAt: string }).publishAt).toBe('2027-01-05T07:00:00.000Z')
    await http.rest('PATCH', `choices/${choiceId}?locale=tr&draft=true`, {
      token: editorToken,
      body: { publishAt: null },
    })
  })

  it('a related document that does not exist is refused with 400 naming the field', async () => {
    const { status, json } = await http.rest('PATCH', `choices/${choiceId}?locale=tr&draft=true`, {
      token: editorToken,
      body: { question: '00000000-0000-4000-8000-000000000000' },
    })
    expect(status).toBe(400)
    expect(JSON.stringify(json)).toContain('Bu kimlikte bir belge yok')
  })

  it('someone who may not write gets 403 whatever the values, and learns nothing about them', async () => {
    const anonymous = await http.rest('PATCH', `choices/${choiceId}?locale=tr&draft=true`, {
      body: { publishAt: '', question: 'nothing' },
    })
    expect(anonymous.status).toBe(403)
    const translator = await http.rest('POST', 'areas', {
      token: await tokenFor(ctx.payload, 'translator@example.org'),
      body: { title: 'Yeni', order: 'first' },
    })
    expect(translator.status).toBe(403)
  })

  it("the admin's own preference writes are stored (Payload sends their owner in a shape of its own)", async () => {
    // As @payloadcms/ui's upsertPreferences writes them whenever an editor opens a document.
    const editor = (await ctx.payload.find({ collection: 'users', where: { email: { equals: 'editor@example.org' } } }))
      .docs[0]!
    const saved = await ctx.payload.create({
      collection: 'payload-preferences',
      data: {
        key: 'collection-advice',
        user: { collection: 'users', value: editor.id } as never,
        value: { limit: 10 },
      },
      user: { ...editor, collection: 'users' },
      overrideAccess: false,
      depth: 0,
    })
    expect(saved.user).toMatchObject({ relationTo: 'users', value: editor.id })
  })

  it('every field of every collection and global, over REST: a 4xx, never a 500, and nothing changed', async () => {
    const failures: string[] = []
    let tried = 0
    for (const target of await targets(ctx.payload)) {
      for (const field of writable(target.fields)) {
        await fc.assert(
          fc.asyncProperty(wrongValuesFor(field)!, async (value) => {
            tried++
            const before = await snapshot(ctx.payload, target)
            const { status } = await restWrite(target, { [field.name]: value }, adminToken)
            const after = await snapshot(ctx.payload, target)
            const what = `${target.slug}.${field.name} = ${JSON.stringify(value)?.slice(0, 80)}`
            if (status >= 500 || status < 400) failures.push(`${status} ${what}`)
            else if (after !== before) failures.push(`${status} but changed: ${what}`)
          }),
          { seed: fuzzSeed, numRuns: 4 },
        )
      }
    }
    expect(failures).toEqual([])
    expect(tried).toBeGreaterThan(200)
  })

  it('every collection field GraphQL can write: never a 500, never an error from inside, nothing changed', async () => {
    const { schema } = configToSchema(ctx.payload.config)
    const mutations = schema.getMutationType()!.getFields()
    const failures: string[] = []
    let tried = 0
    for (const target of await targets(ctx.payload)) {
      if (target.global || !target.id) continue
      const config = ctx.payload.collections[target.slug as CollectionSlug].config
      const graphQL = config.graphQL as { singularName?: string } | false | undefined
      if (graphQL === false) continue
      const singular = graphQL?.singularName ? toWords(graphQL.singularName, true) : formatNames(target.slug).singular
      const mutation = mutations[`update${singular}`]
      const dataType = mutation?.args
        .find((arg) => arg.name === 'data')
        ?.type.toString()
        .replace(/!$/, '')
      if (!mutation || !dataType) continue
      for (const field of writable(target.fields)) {
        await fc.assert(
          fc.asyncProperty(wrongValuesFor(field)!, async (value) => {
            tried++
            const before = await snapshot(ctx.payload, target)
            const { status, json } = await http.graphql(
              `mutation ($data: ${dataType}!) { update${singular}(id: "${target.id}", draft: true, data: $data) { id } }`,
              { token: adminToken, variables: { data: { [field.name]: value } } },
            )
            const after = await snapshot(ctx.payload, target)
            const what = `${singular}.${field.name} = ${JSON.stringify(value)?.slice(0, 80)}`
            const inner = (json.errors ?? []) as Array<{ message: string; extensions?: { statusCode?: number } }>
            if (
              status >= 500 ||
              inner.some((e) => (e.extensions?.statusCode ?? 0) >= 500 || /went wrong/.test(e.message))
            )
              failures.push(`${status} ${what}: ${inner[0]?.message}`)
            else if (!inner.length) failures.push(`accepted: ${what}`)
            else if (after !== before) failures.push(`refused but changed: ${what}`)
          }),
          { seed: fuzzSeed, numRuns: 3 },
        )
      }
    }
    expect(failures).toEqual([])
    expect(tried).toBeGreaterThan(100)
  })
})
