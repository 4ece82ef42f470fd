import type { Payload } from 'payload'
import { beforeEach, describe, expect, it } from 'vitest'

import { weeklyReads, writeViews } from '@/cms/insights/page-views'
import { countView, istanbulWeek, pendingViews, takeViews } from '@/shared/insights/page-views'
import { limits } from '@/shared/limits'
import { usePayload } from '@tests/support/boot'

/**
 * Issue 26: "per advice, how many readers opened its page per week, counted without cookies or
 * stored addresses". The serving app counts an advice page per week; each instance adds only to
 * its own rows; the admin sums every instance's rows and this one's counts not yet written.
 */
const ctx = usePayload()
const weekMs = 7 * 24 * 60 * 60_000

beforeEach(async () => {
  takeViews()
  await ctx.payload.delete({ collection: 'page-views', where: { id: { exists: true } }, overrideAccess: true })
})

describe('read counts', () => {
  it('count advice pages only, per advice and Istanbul week, all languages together', () => {
    // Sunday 23:30 in Istanbul is 20:30 UTC: still the week that began on Monday the 30th.
    const sunday = new Date('2026-12-06T20:30:00Z')
    countView('/tr/questions/16/2', sunday)
    countView('/en/questions/16/2', sunday)
    countView('/tr/questions/16', sunday)
    countView('/tr/resources', sunday)
    countView('/xx/questions/16/2', sunday)
    countView('/tr/questions/16/2', new Date('2026-12-06T21:30:00Z')) // Monday 00:30 in Istanbul
    expect(Object.fromEntries(takeViews())).toEqual({ '2026-11-30 16/2': 2, '2026-12-07 16/2': 1 })
    expect(pendingViews().size).toBe(0)
  })

  it('are written as numbers only, added to by later writes, and summed over instances with the counts not yet written', async () => {
    for (let i = 0; i < 3; i++) countView('/tr/questions/3/1')
    countView('/tr/questions/4/2')
    await writeViews(ctx.payload, takeViews(), 'instance-a')
    countView('/tr/questions/3/1')
    await writeViews(ctx.payload, takeViews(), 'instance-a')
    countView('/en/questions/3/1')
    await writeViews(ctx.payload, takeViews(), 'instance-b')
    // Counted, not written yet.
    countView('/tr/questions/4/2')

    const rows = await ctx.payload.db.find<Record<string, unknown>>({ collection: 'page-views', pagination: false })
    expect(rows.docs).toHaveLength(3)
    for (const row of rows.docs)
      expect(Object.keys(row).sort()).toEqual(['choice', 'count', 'id', 'key', 'question', 'week'])

    const reads = await weeklyReads(ctx.payload)
    expect(reads.map((r) => [r.question, r.choice, r.weeks[0], r.total])).toEqual([
      [3, 1, 5, 5],
      [4, 2, 2, 2],
    ])
  })

  it('are shown once to an editor who opens the dashboard while they are being written', async () => {
    for (let i = 0; i < 4; i++) countView(`/tr/questions/8/${i + 1}`)
    // The serving app's writer takes the counts from memory; the dashboard asks before they are stored.
    const writing = writeViews(ctx.payload, undefined, 'instance-a')
    const reads = await weeklyReads(ctx.payload)
    await writing
    expect(reads.map((r) => [r.question, r.choice, r.total])).toEqual([
      [8, 1, 1],
      [8, 2, 1],
      [8, 3, 1],
      [8, 4, 1],
    ])
    expect((await weeklyReads(ctx.payload)).map((r) => r.total)).toEqual([1, 1, 1, 1])
  })

  it(`are kept ${limits.insights.viewsWeeks} weeks, and the admin shows the last four`, async () => {
    const now = Date.now()
    countView('/tr/questions/5/1', new Date(now - 2 * weekMs))
    countView('/tr/questions/5/1', new Date(now - 5 * weekMs))
    countView('/tr/questions/6/1', new Date(now - (limits.insights.viewsWeeks + 1) * weekMs))
    await writeViews(ctx.payload, takeViews(), 'instance-a')
    const weeks = (await ctx.payload.find({ collection: 'page-views', pagination: false, overrideAccess: true })).docs
      .map((r) => r.week)
      .sort()
    expect(weeks).toEqual([istanbulWeek(new Date(now - 5 * weekMs)), istanbulWeek(new Date(now - 2 * weekMs))])
    expect(await weeklyReads(ctx.payload)).toEqual([{ question: 5, choice: 1, weeks: [0, 0, 1, 0], total: 1 }])
  })

  it('are kept for the next write when the database cannot take them', async () => {
    countView('/tr/questions/7/1')
    const away = {
      find: () => Promise.reject(new Error('database is locked')),
    } as unknown as Payload
    await writeViews(away, takeViews(), 'instance-a')
    expect(Object.fromEntries(pendingViews())).toEqual({ [`${istanbulWeek(new Date())} 7/1`]: 1 })
    await writeViews(ctx.payload, takeViews(), 'instance-a')
    expect((await weeklyReads(ctx.payload))[0]).toMatchObject({ question: 7, choice: 1, total: 1 })
  })
})
