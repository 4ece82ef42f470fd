import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { releaseClaim, takeClaim } from '@/cms/instances/claims'
import { readContentStamp } from '@/cms/instances/content-stamp'
import { draftFingerprint } from '@/cms/schedules/fingerprint'
import { carryOutDueSchedules } from '@/cms/schedules/runner'
import { contentGeneration } from '@/shared/server/content-generation'
import { usePayload } from '@tests/support/boot'
import { createCast, type Cast } from '@tests/support/content'
import { moreInstances } from '@tests/support/more-instances'

/**
 * Several app instances on one database (issue 28): what only one of them may do is decided by
 * the database (the insert of a row with a unique key, src/cms/instances/claims.ts), not by a read and a
 * write that two instances can interleave. Three Payload instances here, each with its own
 * connection to one SQLite file; on MongoDB (MONGODB_URI) the same code runs against a replica
 * set, where SQLite's serialised writes no longer hide a race.
 */
const ctx = usePayload()
let cast: Cast
let instances: Payload[]
let close: () => Promise<void>

beforeAll(async () => {
  cast = await createCast(ctx.payload)
  ;({ instances, close } = await moreInstances(2))
  instances.unshift(ctx.payload)
})
afterAll(async () => close?.())

const activityOf = async (document: string) =>
  (
    await ctx.payload.find({
      collection: 'activity-log',
      where: { document: { equals: document } },
      depth: 0,
      pagination: false,
    })
  ).docs.map((entry) => entry.action)

describe('a claim (src/cms/instances/claims.ts)', () => {
  it('of 30 instances asking for one key at the same moment, exactly one gets it', async () => {
    const asks = Array.from({ length: 30 }, (_, i) => takeClaim(instances[i % 3], 'test:one-key', 60_000))
    const got = (await Promise.all(asks)).filter(Boolean)
    expect(got).toHaveLength(1)
    // Held: nobody else gets it until it is given back.
    expect(await takeClaim(instances[1], 'test:one-key', 60_000)).toBeNull()
    await releaseClaim(instances[2], got[0]!)
    expect(await takeClaim(instances[1], 'test:one-key', 60_000)).not.toBeNull()
  })

  it('one that ran out (its holder died) is taken again, by exactly one of those asking', async () => {
    const now = new Date()
    const dead = await takeClaim(instances[0], 'test:ran-out', 1_000, new Date(now.getTime() - 2_000))
    expect(dead).not.toBeNull()
    const asks = Array.from({ length: 12 }, (_, i) => takeClaim(instances[i % 3], 'test:ran-out', 60_000, now))
    expect((await Promise.all(asks)).filter(Boolean)).toHaveLength(1)
    // The dead holder's late release does not free the new holder's claim.
    await releaseClaim(instances[0], dead!)
    expect(await takeClaim(instances[1], 'test:ran-out', 60_000, now)).toBeNull()
  })
})

describe('three schedule runners (three instances) and 50 schedules falling due together', () => {
  it('carry each one out exactly once, with one activity entry each', async () => {
    const ids: string[] = []
    for (let i = 0; i < 50; i++) {
      const { id } = await ctx.payload.create({
        collection: 'questions',
        draft: true,
        locale: 'tr',
        data: { number: 700 + i, text: `Üç sunucuda zamanlanan soru ${i}` },
      })
      await ctx.payload.db.create({
        collection: 'schedules',
        data: {
          at: new Date(Date.now() - (i + 1) * 1000).toISOString(),
          action: 'publish',
          targetCollection: 'questions',
          document: id,
          documentTitle: `Soru ${i}`,
          locale: 'tr',
          state: 'pending',
          requestedBy: cast.editor.name,
          fingerprint: await draftFingerprint(ctx.payload, { collection: 'questions', id, locale: 'tr' }),
        },
      })
      ids.push(id)
    }
    const runs = await Promise.all(instances.map((payload) => carryOutDueSchedules(payload)))
    expect(runs.reduce((sum, run) => sum + run.done, 0)).toBe(50)
    expect(runs.reduce((sum, run) => sum + run.held + run.failed, 0)).toBe(0)
    // Shared out between the runners, not one runner doing everything while the others wait.
    expect(runs.filter((run) => run.done > 0).length).toBeGreaterThan(1)
    for (const id of ids) {
      expect(await activityOf(id)).toEqual(['scheduled_publish'])
      const { docs } = await ctx.payload.find({
        collection: 'schedules',
        where: { document: { equals: id } },
        depth: 0,
      })
      expect(docs).toMatchObject([{ state: 'done' }])
      const versions = await ctx.payload.countVersions({
        collection: 'questions',
        where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
      })
      expect(versions.totalDocs).toBe(1)
    }
    // Every claim was given back when its schedule ended.
    const claims = await ctx.payload.count({ collection: 'claims', where: { key: { like: 'schedule:' } } })
    expect(claims.totalDocs).toBe(0)
  })
})

const draftQuestion = async (number: number) =>
  (
    await ctx.payload.create({
      collection: 'questions',
      draft: true,
      locale: 'tr',
      data: { number, text: `Aynı anda yayımlanan soru ${number}` },
    })
  ).id

const publish = (payload: Payload, id: string, user: Cast['editor']) =>
  payload.update({
    collection: 'questions',
    id,
    locale: 'tr',
    data: { _status: 'published' },
    user,
    overrideAccess: false,
  })

describe('publishes at the same moment through two instances', () => {
  it('20 publishes by two editors through two instances at the same moment: no error, the stamp moves, every page refreshed', async () => {
    const ids: string[] = []
    for (let i = 0; i < 20; i++) ids.push(await draftQuestion(810 + i))
    const before = await readContentStamp(ctx.payload)
    const generation = contentGeneration()
    const results = await Promise.allSettled(
      ids.map((id, i) => (i % 2 ? publish(instances[1], id, cast.admin) : publish(instances[0], id, cast.editor))),
    )
    expect(results.filter((r) => r.status === 'rejected')).toEqual([])
    expect(await readContentStamp(instances[1])).not.toBe(before)
    // Each publish refreshed the pages of the instance that took it (both share this process).
    expect(contentGeneration() - generation).toBeGreaterThanOrEqual(20)
    for (const id of ids) {
      const live = await instances[1].findByID({ collection: 'questions', id, locale: 'tr', draft: false })
      expect(live._status).toBe('published')
    }
  })
})
