import { createLocalReq, type CollectionSlug } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { importContent } from '@content-import/import'
import { recordMissingPublishingStates } from '@/cms/publishing/backfill'
import { comparedStates } from '@/cms/publishing/publishing-state'
import { storedStates } from '@/cms/publishing/stored-state'
import { carryOutDueSchedules } from '@/cms/schedules/runner'
import { showsPublishingState } from '@/shared/states/publishing-states'
import { enDir, trDir } from '@tests/fixtures/import'
import { usePayload } from '@tests/support/boot'
import { createCast, type Cast } from '@tests/support/content'
import { httpClient, tokenFor } from '@tests/support/http'

/**
 * "Yayın durumu" is stored at every write (collections/PublishingStates) so lists need not
 * compare each row with its newest version. Here every path that writes a document is taken and
 * the stored state must say what the comparison says, document by document: a state stored
 * wrong would tell an editor a language is live, or has nothing waiting, when it is not so.
 */
const ctx = usePayload()
const http = httpClient(ctx.payload)
let cast: Cast
let editor: string
let translator: string

const agreement = async (collection: CollectionSlug, id: string) => {
  const req = await createLocalReq({}, ctx.payload)
  const [stored, compared] = await Promise.all([
    storedStates(req, collection, [id]),
    comparedStates(req, collection, [id]),
  ])
  return { stored: stored.get(id) ?? null, compared: compared.get(id) }
}

/** The stored state, after checking it says what the comparison says. */
const stateOf = async (collection: CollectionSlug, id: string) => {
  const { stored, compared } = await agreement(collection, id)
  expect(stored, `${collection} ${id}`).toEqual(compared)
  return stored
}

const question = async (number: number, published = true) =>
  (
    await ctx.payload.create({
      collection: 'questions',
      locale: 'tr',
      draft: !published,
      data: { number, text: `Soru ${number}`, _status: published ? 'published' : 'draft' },
    })
  ).id

const patch = (id: string, locale: string, body: object, token = editor, draft = true) =>
  http.rest('PATCH', `questions/${id}?locale=${locale}${draft ? '&draft=true' : ''}`, { token, body })

beforeAll(async () => {
  cast = await createCast(ctx.payload)
  editor = await tokenFor(ctx.payload, cast.editor.email)
  translator = await tokenFor(ctx.payload, cast.translator.email)
})

describe('the stored publishing state', () => {
  it('follows drafts, translations, publishes of one language and unpublishes', async () => {
    const never = await question(401, false)
    expect(await stateOf('questions', never)).toEqual({ live: false, everPublished: false, pending: [], shared: [] })

    const id = await question(402)
    expect(await stateOf('questions', id)).toMatchObject({ live: true, pending: [] })
    expect((await patch(id, 'en', { text: 'Question 402' }, translator)).status).toBe(200)
    expect(await stateOf('questions', id)).toMatchObject({ live: true, pending: ['en'] })
    expect((await patch(id, 'tr', { text: 'Soru 402, yeni' })).status).toBe(200)
    expect(await stateOf('questions', id)).toMatchObject({ pending: ['en', 'tr'] })
    expect((await patch(id, 'tr', { number: 412 })).status).toBe(200)
    expect(await stateOf('questions', id)).toMatchObject({ pending: ['en', 'tr'], shared: ['number'] })
    // Publishing Turkish publishes Turkish only: English still waits.
    expect((await patch(id, 'tr', { _status: 'published' }, editor, false)).status).toBe(200)
    expect(await stateOf('questions', id)).toMatchObject({ live: true, pending: ['en'], shared: [] })
    expect((await patch(id, 'en', { _status: 'published' }, editor, false)).status).toBe(200)
    expect(await stateOf('questions', id)).toMatchObject({ live: true, pending: [] })
    expect(
      (await http.rest('PATCH', `questions/${id}?locale=tr`, { token: editor, body: { _status: 'draft' } })).status,
    ).toBe(200)
    expect(await stateOf('questions', id)).toEqual({ live: false, everPublished: true, pending: [], shared: [] })
  })

  it('follows a restored version, a scheduled publish and a publish together', async () => {
    const id = await question(403)
    expect((await patch(id, 'tr', { text: 'Soru 403, ikinci' }, editor, false)).status).toBe(200)
    const { docs } = await ctx.payload.findVersions({
      collection: 'questions',
      where: { parent: { equals: id } },
      sort: 'createdAt',
    })
    expect((await http.rest('POST', `questions/versions/${docs[0].id}?locale=tr`, { token: editor })).status).toBe(200)
    await stateOf('questions', id)

    expect(
      (await patch(id, 'tr', { text: 'Soru 403, zamanlı', publishAt: new Date(Date.now() + 3600_000).toISOString() }))
        .status,
    ).toBe(200)
    expect(await stateOf('questions', id)).toMatchObject({ pending: ['tr'] })
    expect(await carryOutDueSchedules(ctx.payload, new Date(Date.now() + 2 * 3600_000))).toMatchObject({ done: 1 })
    expect(await stateOf('questions', id)).toMatchObject({ live: true, pending: [] })

    const draft = await question(404, false)
    const choice = await ctx.payload.create({
      collection: 'choices',
      locale: 'tr',
      draft: true,
      data: { question: draft, number: 1, label: 'Seçenek', _status: 'draft' },
    })
    expect(await stateOf('choices', String(choice.id))).toMatchObject({ live: false })
    const together = await http.rest('POST', `publish-together/questions/${draft}?locale=tr`, {
      token: editor,
      body: { ids: [draft, choice.id] },
    })
    expect(together.status).toBe(200)
    expect(await stateOf('questions', draft)).toMatchObject({ live: true, pending: [] })
    expect(await stateOf('choices', String(choice.id))).toMatchObject({ live: true, pending: [] })
  })

  it("follows the import's direct writes and updates, and goes with a deleted document", async () => {
    await importContent(ctx.payload, [trDir], { locale: 'tr', status: 'published' })
    await importContent(ctx.payload, [enDir], { locale: 'en', status: 'draft' })
    const { docs } = await ctx.payload.find({ collection: 'advice', depth: 0, pagination: false, draft: true })
    expect(docs.length).toBeGreaterThan(5)
    for (const doc of docs) await stateOf('advice', String(doc.id))
    const translated = []
    for (const doc of docs) translated.push((await stateOf('advice', String(doc.id)))?.pending.includes('en'))
    expect(translated).toContain(true)

    const gone = String(docs[0].id)
    await ctx.payload.delete({ collection: 'advice', id: gone })
    expect((await agreement('advice', gone)).stored).toBeNull()
  })

  it('is read by staff only and written by the server only', async () => {
    const id = await question(406)
    const anonymous = await http.rest('GET', `publishing-states?where[document][equals]=${id}`)
    expect(anonymous.status).toBe(403)
    const staff = await http.rest('GET', `publishing-states?where[document][equals]=${id}`, { token: translator })
    expect(staff.status).toBe(200)
    expect(staff.json.docs).toHaveLength(1)
    const [row] = staff.json.docs as Array<{ id: string }>
    const forged = await http.rest('PATCH', `publishing-states/${row.id}`, { token: editor, body: { live: false } })
    expect(forged.status).toBe(403)
    expect(await stateOf('questions', id)).toMatchObject({ live: true })
    const created = await http.rest('POST', 'publishing-states', {
      token: editor,
      body: { key: 'questions/x', scope: 'questions', document: 'x', live: true },
    })
    expect(created.status).toBe(403)
  })

  it('every document of every collection has its state, and one without is compared and then stored', async () => {
    const id = await question(405)
    await ctx.payload.db.deleteMany({ collection: 'publishing-states', where: { document: { equals: id } } })
    // Read as a list reads it: compared, since nothing is stored.
    const listed = await http.rest('GET', `questions?where[number][equals]=405&draft=true`, { token: editor })
    expect((listed.json.docs as Array<{ publishingState: unknown }>)[0].publishingState).toMatchObject({ live: true })
    expect(await recordMissingPublishingStates(ctx.payload)).toBe(1)
    for (const config of ctx.payload.config.collections) {
      if (!showsPublishingState(config.fields)) continue
      const { docs } = await ctx.payload.find({ collection: config.slug, depth: 0, pagination: false, draft: true })
      for (const doc of docs) expect((await agreement(config.slug, String(doc.id))).stored).not.toBeNull()
      for (const doc of docs) await stateOf(config.slug, String(doc.id))
    }
  })
})
