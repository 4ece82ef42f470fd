import { beforeAll, describe, expect, it } from 'vitest'

import { usePayload } from '@tests/support/boot'
import { createCast, type Cast } from '@tests/support/content'
import { httpClient, tokenFor } from '@tests/support/http'

/**
 * "Yayın durumu": where each document stands for readers, per language, as staff read it in
 * lists, on forms, over REST and GraphQL. Checked on a list page of mixed documents, which
 * reads every row's state together.
 */
const ctx = usePayload()
const http = httpClient(ctx.payload)
let cast: Cast
let editor: string
let translator: string
const ids: Record<'never' | 'live' | 'english' | 'both' | 'renumbered' | 'scheduled' | 'offline', string> = {
  never: '',
  live: '',
  english: '',
  both: '',
  renumbered: '',
  scheduled: '',
  offline: '',
}

const patch = (id: string, locale: string, body: object, token = editor) =>
  http.rest('PATCH', `questions/${id}?locale=${locale}&draft=true`, { token, body })

beforeAll(async () => {
  cast = await createCast(ctx.payload)
  editor = await tokenFor(ctx.payload, cast.editor.email)
  translator = await tokenFor(ctx.payload, cast.translator.email)
  const create = async (number: number, published: boolean) =>
    (
      await ctx.payload.create({
        collection: 'questions',
        locale: 'tr',
        draft: !published,
        data: { number, text: `Soru ${number}`, _status: published ? 'published' : 'draft' },
      })
    ).id
  ids.never = await create(301, false)
  ids.live = await create(302, true)
  ids.english = await create(303, true)
  ids.both = await create(304, true)
  ids.renumbered = await create(305, true)
  ids.scheduled = await create(306, true)
  ids.offline = await create(307, true)
  await patch(ids.english, 'en', { text: 'Question 303' }, translator)
  await patch(ids.both, 'en', { text: 'Question 304' }, translator)
  await patch(ids.both, 'tr', { text: 'Soru 304, düzeltilmiş' })
  await patch(ids.renumbered, 'tr', { number: 315 })
  await patch(ids.scheduled, 'tr', { publishAt: new Date(Date.now() + 3600_000).toISOString() })
  await patch(ids.scheduled, 'en', { text: 'Question 306', reviewState: 'in_review' }, translator)
  await ctx.payload.update({
    collection: 'questions',
    id: ids.scheduled,
    locale: 'en',
    data: { _status: 'published' },
    user: cast.editor,
    overrideAccess: false,
  })
  await patch(ids.scheduled, 'en', { reviewState: 'in_review' }, translator)
  await http.rest('PATCH', `questions/${ids.offline}?locale=tr`, { token: editor, body: { _status: 'draft' } })
})

describe('publishing status per language', () => {
  it('a list page of mixed documents reads each one right, for staff over REST', async () => {
    const { status, json } = await http.rest('GET', 'questions?where[number][greater_than]=300&sort=number&limit=20', {
      token: editor,
    })
    expect(status).toBe(200)
    const states = Object.fromEntries(
      (json.docs as Array<{ id: string; publishingState: unknown }>).map((doc) => [doc.id, doc.publishingState]),
    )
    expect(states[ids.never]).toEqual({ live: false, everPublished: false, pending: [], shared: [] })
    expect(states[ids.live]).toEqual({ live: true, everPublished: true, pending: [], shared: [] })
    expect(states[ids.english]).toEqual({ live: true, everPublished: true, pending: ['en'], shared: [] })
    expect(states[ids.both]).toEqual({ live: true, everPublished: true, pending: ['en', 'tr'], shared: [] })
    expect(states[ids.renumbered]).toEqual({ live: true, everPublished: true, pending: [], shared: ['number'] })
    // A schedule and a review request are drafts too, but nothing readers wait for.
    expect(states[ids.scheduled]).toEqual({ live: true, everPublished: true, pending: [], shared: [] })
    expect(states[ids.offline]).toEqual({ live: false, everPublished: true, pending: [], shared: [] })
  })

  it('GraphQL gives staff the same; readers get no status at all', async () => {
    const query = `query ($id: String!) { Question(id: $id, draft: true) { publishingState } }`
    const staff = await http.graphql(query, { token: translator, variables: { id: ids.english } })
    expect(staff.json.errors).toBeUndefined()
    expect((staff.json.data as unknown as { Question: { publishingState: unknown } }).Question.publishingState).toEqual(
      {
        live: true,
        everPublished: true,
        pending: ['en'],
        shared: [],
      },
    )
    const reader = await http.rest('GET', `questions/${ids.english}`)
    expect(reader.status).toBe(200)
    expect(reader.json.publishingState ?? null).toBeNull()
  })
})
