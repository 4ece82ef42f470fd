import { randomUUID } from 'node:crypto'

import type { Payload } from 'payload'

import {
  istanbulWeek,
  pendingViews,
  readViewKey,
  returnViews,
  takeViews,
  type PendingViews,
} from '@/shared/insights/page-views'
import { limits } from '@/shared/limits'
import { logEvent } from '@/shared/server/log'

/** This process's name in the rows' keys: each instance adds only to its own rows. */
const thisInstance = randomUUID()
const chunk = 500
const weekMs = 7 * 24 * 60 * 60_000

/**
 * The writer moves counts from memory into rows: a dashboard reading both while a write is under
 * way would find a count in neither (taken from memory, not yet stored) or in both. So writes and
 * reads take turns within this process (other instances' counts are read only from their rows).
 */
let turn: Promise<unknown> = Promise.resolve()
function inTurn<T>(work: () => Promise<T>): Promise<T> {
  const run = turn.then(work)
  turn = run.catch(() => undefined)
  return run
}

/**
 * The counts gathered since the last write, added to this instance's rows (src/shared/insights/
 * page-views.ts). What cannot be written (the database away) goes back to be written next time;
 * rows older than `limits.insights.viewsWeeks` weeks are removed.
 */
export function writeViews(payload: Payload, counts?: PendingViews, instance: string = thisInstance): Promise<void> {
  return inTurn(() => addToRows(payload, counts ?? takeViews(), instance))
}

async function addToRows(payload: Payload, counts: PendingViews, instance: string): Promise<void> {
  const rows = [...counts].map(([at, n]) => ({ at, n, ...readViewKey(at) }))
  const written = new Set<string>()
  try {
    for (let i = 0; i < rows.length; i += chunk) {
      const part = rows
        .slice(i, i + chunk)
        .map((r) => ({ ...r, key: `${r.week}/${instance}/${r.question}/${r.choice}` }))
      const { docs } = await payload.find({
        collection: 'page-views',
        where: { key: { in: part.map((r) => r.key) } },
        pagination: false,
        depth: 0,
        overrideAccess: true,
        select: { key: true, count: true },
      })
      const stored = new Map(docs.map((d) => [d.key, d]))
      for (const r of part) {
        const row = stored.get(r.key)
        if (row)
          await payload.update({
            collection: 'page-views',
            id: row.id,
            data: { count: row.count + r.n },
            overrideAccess: true,
          })
        else
          await payload.create({
            collection: 'page-views',
            data: { key: r.key, week: r.week, question: r.question, choice: r.choice, count: r.n },
            overrideAccess: true,
          })
        written.add(r.at)
      }
    }
    await payload.delete({
      collection: 'page-views',
      where: { week: { less_than: istanbulWeek(new Date(Date.now() - limits.insights.viewsWeeks * weekMs)) } },
      overrideAccess: true,
    })
  } catch (error) {
    returnViews(new Map([...counts].filter(([at]) => !written.has(at))))
    logEvent('warn', `[views] read counts not written, kept for the next try: ${(error as Error).message}`)
  }
}

/** In the serving app: the counts written every `limits.insights.viewsFlushMs`, one write at a time. */
export function startViewWriter(payload: Payload): void {
  let writing = false
  setInterval(() => {
    if (writing) return
    writing = true
    void writeViews(payload).finally(() => (writing = false))
  }, limits.insights.viewsFlushMs).unref()
}

export type AdviceReads = { question: number; choice: number; weeks: number[]; total: number }

/**
 * Reads per advice in the last `weeks` weeks (this week first), every instance's rows summed and
 * this instance's counts not yet written added, the most read first.
 */
export function weeklyReads(payload: Payload, weeks = 4, now = new Date()): Promise<AdviceReads[]> {
  return inTurn(() => readsPerAdvice(payload, weeks, now))
}

async function readsPerAdvice(payload: Payload, weeks: number, now: Date): Promise<AdviceReads[]> {
  const starts = Array.from({ length: weeks }, (_, i) => istanbulWeek(new Date(now.getTime() - i * weekMs)))
  const { docs } = await payload.find({
    collection: 'page-views',
    where: { week: { greater_than_equal: starts.at(-1)! } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { week: true, question: true, choice: true, count: true },
  })
  const byAdvice = new Map<string, AdviceReads>()
  const add = (week: string, question: number, choice: number, n: number) => {
    const index = starts.indexOf(week)
    if (index < 0) return
    const id = `${question}/${choice}`
    const reads = byAdvice.get(id) ?? { question, choice, weeks: starts.map(() => 0), total: 0 }
    reads.weeks[index] += n
    reads.total += n
    byAdvice.set(id, reads)
  }
  for (const row of docs) add(row.week, row.question, row.choice, row.count)
  for (const [at, n] of pendingViews()) {
    const { week, question, choice } = readViewKey(at)
    add(week, question, choice, n)
  }
  return [...byAdvice.values()].sort((a, b) => b.total - a.total || a.question - b.question || a.choice - b.choice)
}
