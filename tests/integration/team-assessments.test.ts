import { beforeAll, describe, expect, it } from 'vitest'

import { purgeStaleTeamAssessments } from '@collections/TeamAssessments/purge'
import { saveAnswers } from '@/site/team/answers'
import { usePayload } from '@tests/support/boot'
import { createCast } from '@tests/support/content'
import { httpClient, tokenFor } from '@tests/support/http'
import { tombstoneHash, tombstoneMonth, wasDeleted } from '@/shared/team/team-tombstone'

/**
 * Team assessments hold an organisation's answers: nobody reaches them over the API, not
 * anonymous readers, translators or editors; administrators see that they exist and how many
 * answered, never the answers, the members' link or the coordinator's key.
 */
const ctx = usePayload()
let http: ReturnType<typeof httpClient>
const tokens: Record<string, string> = {}

beforeAll(async () => {
  http = httpClient(ctx.payload)
  await createCast(ctx.payload)
  for (const who of ['admin', 'editor', 'translator']) tokens[who] = await tokenFor(ctx.payload, `${who}@example.org`)
  const team = await ctx.payload.create({
    collection: 'team-assessments',
    overrideAccess: true,
    data: {
      publicId: 'abcdefghijklmnopqrstuv',
      name: 'Gizli Dernek',
      coordinatorKeyHash: 'f'.repeat(64),
      lastActivityAt: new Date().toISOString(),
    },
  })
  await answer(team.id, 'm1', 'Ayşe')
})

/** A member's answers as the site's team routes save them (src/site/team/answers.ts). */
const answer = (teamId: string, memberId: string, name: string) =>
  saveAnswers(ctx.payload, teamId, { id: memberId, role: 'board', name, answers: { '16': 2 }, at: '' })

const rowsOf = async (teamId: string) =>
  (await ctx.payload.count({ collection: 'team-answers', where: { team: { equals: teamId } } })).totalDocs

describe('team assessments over REST', () => {
  it.each([
    ['an anonymous reader', undefined],
    ['a translator', 'translator'],
    ['an editor', 'editor'],
  ])('%s can neither list nor read them', async (_who, role) => {
    const { status } = await http.rest('GET', 'team-assessments', { token: role ? tokens[role] : undefined })
    expect(status).toBe(403)
  })

  it('an administrator sees the name and the count, not the answers, the link or the key', async () => {
    const { status, json } = await http.rest('GET', 'team-assessments', { token: tokens.admin })
    expect(status).toBe(200)
    const [doc] = json.docs as Array<Record<string, unknown>>
    expect(doc).toMatchObject({ name: 'Gizli Dernek', memberCount: 1 })
    expect(doc).not.toHaveProperty('members')
    expect(doc).not.toHaveProperty('publicId')
    expect(doc).not.toHaveProperty('coordinatorKeyHash')
    expect(JSON.stringify(json)).not.toContain('Ayşe')
  })

  it.each([
    ['an anonymous reader', undefined],
    ['an editor', 'editor'],
    ['an administrator', 'admin'],
  ])('%s cannot read the members’ answers themselves', async (_who, role) => {
    const { status, json } = await http.rest('GET', 'team-answers', { token: role ? tokens[role] : undefined })
    expect(status).toBe(403)
    expect(JSON.stringify(json)).not.toContain('Ayşe')
  })

  it('nobody creates or changes one over the API, not even an administrator', async () => {
    const created = await http.rest('POST', 'team-assessments', {
      token: tokens.admin,
      body: { publicId: 'x'.repeat(22), coordinatorKeyHash: 'a' },
    })
    expect(created.status).toBe(403)
    const [doc] = (await ctx.payload.find({ collection: 'team-assessments', overrideAccess: true })).docs
    expect(
      (await http.rest('PATCH', `team-assessments/${doc.id}`, { token: tokens.admin, body: { closed: true } })).status,
    ).toBe(403)
  })
})

describe('team assessments over GraphQL', () => {
  it('are not part of the schema at all', async () => {
    const { json } = await http.graphql('{ TeamAssessments { docs { id members } } }', { token: tokens.admin })
    expect(json.errors?.[0].message).toMatch(/Cannot query field "TeamAssessments"/)
  })
})

describe('retention', () => {
  it('the nightly job deletes a team assessment nobody touched for 180 days, and keeps the others', async () => {
    const day = 24 * 60 * 60 * 1000
    const make = (publicId: string, daysAgo: number) =>
      ctx.payload.create({
        collection: 'team-assessments',
        overrideAccess: true,
        data: {
          publicId,
          coordinatorKeyHash: 'e'.repeat(64),
          lastActivityAt: new Date(Date.now() - daysAgo * day).toISOString(),
        },
      })
    await make('old-team-0000000000000', 181)
    await make('recent-team-0000000000', 179)
    const job = await ctx.payload.jobs.queue({ task: 'purgeTeamAssessments', input: {}, queue: 'nightly' })
    await ctx.payload.jobs.run({ queue: 'nightly' })
    const left = (await ctx.payload.find({ collection: 'team-assessments', overrideAccess: true, limit: 10 })).docs
    expect(left.map((d) => d.lastActivityAt && Date.now() - Date.parse(d.lastActivityAt) < 180 * day)).toEqual([
      true,
      true,
    ])
    const done = await ctx.payload.findByID({
      collection: 'payload-jobs',
      id: job.id,
      overrideAccess: true,
      disableErrors: true,
    })
    expect(done === null || (done as { completedAt?: string }).completedAt).toBeTruthy()
  })
})

describe('retention by time', () => {
  it('a last activity that is no date, missing or in the future does not keep an assessment: its last save counts', async () => {
    const day = 24 * 60 * 60 * 1000
    const ago = (days: number) => new Date(Date.now() - days * day).toISOString()
    // Written below Payload's operations, as a manual edit or an older version leaves them.
    const stored = (publicId: string, lastActivityAt: string | null, updatedAt: string) =>
      ctx.payload.db.create({
        collection: 'team-assessments',
        data: { publicId, coordinatorKeyHash: 'd'.repeat(64), lastActivityAt, updatedAt, createdAt: updatedAt },
      })
    const cases: Array<[string, string | null, string, 'kept' | 'deleted']> = [
      ['year-10000-old-0000000', '+010000-01-01T00:00:00.000Z', ago(181), 'deleted'],
      ['year-10000-recent-00000', '+010000-01-01T00:00:00.000Z', ago(1), 'kept'],
      ['year-9999-old-00000000', '9999-01-01T00:00:00.000Z', ago(181), 'deleted'],
      ['tomorrow-old-000000000', ago(-1), ago(181), 'deleted'],
      ['before-year-0-old-0000', '-000001-01-01T00:00:00.000Z', ago(181), 'deleted'],
      ['no-activity-old-000000', null, ago(181), 'deleted'],
      ['no-activity-recent-000', null, ago(1), 'kept'],
      ['offset-recent-00000000', `${ago(179).slice(0, 19)}-05:00`, ago(179), 'kept'],
    ]
    for (const [publicId, lastActivityAt, updatedAt] of cases) await stored(publicId, lastActivityAt, updatedAt)
    await purgeStaleTeamAssessments(ctx.payload)
    const left = new Set(
      (
        await ctx.payload.find({
          collection: 'team-assessments',
          overrideAccess: true,
          pagination: false,
          select: { publicId: true },
        })
      ).docs.map((d) => (d as { publicId?: string }).publicId),
    )
    expect(Object.fromEntries(cases.map(([id]) => [id, left.has(id) ? 'kept' : 'deleted']))).toEqual(
      Object.fromEntries(cases.map(([id, , , expected]) => [id, expected])),
    )
  })
})

describe('tombstones of deleted team assessments', () => {
  it('the nightly job leaves only a hash of a deleted team’s link and the month, and forgets it after 12 months', async () => {
    const day = 24 * 60 * 60 * 1000
    const forgotten = await ctx.payload.create({
      collection: 'team-assessments',
      overrideAccess: true,
      data: {
        publicId: 'tombstone-team-00000000',
        name: 'Unutulan Dernek',
        coordinatorKeyHash: 'd'.repeat(64),
        lastActivityAt: new Date(Date.now() - 200 * day).toISOString(),
      },
    })
    await answer(forgotten.id, 'm1', 'Ali')
    // A member's answer that landed while their team was being deleted, after its clean-up.
    await answer('a-team-deleted-meanwhile', 'm2', 'Veli')
    const old = await ctx.payload.create({
      collection: 'deleted-team-assessments',
      overrideAccess: true,
      data: {
        idHash: tombstoneHash('long-gone-team-0000000'),
        month: tombstoneMonth(new Date(Date.now() - 400 * day)),
      },
    })
    await ctx.payload.jobs.queue({ task: 'purgeTeamAssessments', input: {}, queue: 'nightly' })
    await ctx.payload.jobs.run({ queue: 'nightly' })

    expect(await wasDeleted(ctx.payload, 'tombstone-team-00000000')).toBe(true)
    expect(await wasDeleted(ctx.payload, 'recent-team-0000000000')).toBe(false)
    // The one from 400 days ago is gone; the new one holds a hash and this month, nothing else.
    expect(await wasDeleted(ctx.payload, 'long-gone-team-0000000')).toBe(false)
    const { docs } = await ctx.payload.find({ collection: 'deleted-team-assessments', overrideAccess: true })
    expect(docs.map((d) => d.id)).not.toContain(old.id)
    const stored = JSON.stringify(docs)
    for (const word of ['tombstone-team', 'Unutulan', 'Ali', 'dddd']) expect(stored).not.toContain(word)
    // The members' answers went with their team, and so did those of the team deleted meanwhile.
    expect(await rowsOf(forgotten.id)).toBe(0)
    expect(await rowsOf('a-team-deleted-meanwhile')).toBe(0)
    expect(docs.find((d) => d.idHash === tombstoneHash('tombstone-team-00000000'))).toEqual({
      id: expect.any(String),
      idHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      month: new Date().toISOString().slice(0, 7),
    })
    // Nobody reads them over the API, administrators included.
    expect((await http.rest('GET', 'deleted-team-assessments', { token: tokens.admin })).status).toBe(403)
  })

  it('an administrator’s deletion in the admin leaves one too', async () => {
    const doc = await ctx.payload.create({
      collection: 'team-assessments',
      overrideAccess: true,
      data: { publicId: 'admin-deleted-team-0000', coordinatorKeyHash: 'c'.repeat(64) },
    })
    await answer(doc.id, 'm1', 'Zeynep')
    expect((await http.rest('DELETE', `team-assessments/${doc.id}`, { token: tokens.admin })).status).toBe(200)
    expect(await wasDeleted(ctx.payload, 'admin-deleted-team-0000')).toBe(true)
    expect(await rowsOf(doc.id)).toBe(0)
  })
})
