import type { Payload } from 'payload'

import { profileDimensions, type Profile } from '@/shared/insights/profile'
import { tally, type StoredAnswer, type Tally } from '@/shared/insights/tally'
import { istanbulDay } from '@/shared/istanbul-calendar'
import { limits } from '@/shared/limits'
import { env } from '@/shared/server/environment'

const collection = 'assessment-contributions' as const

/** The fewest organisations a figure is shown for (INSIGHTS_MIN_GROUP, never below 5). */
export const minGroup = (): number => env().INSIGHTS_MIN_GROUP

/** The month of `now` in Istanbul, `YYYY-MM`: all a contribution keeps of its time. */
export const contributionMonth = (now: Date): string => istanbulDay(now).slice(0, 7)

type Kept = { at: number; tally: Promise<Tally> }
/**
 * On the process, not the module: Next.js loads this module once for the report pages and
 * again for the share route, and a contribution must drop the copy the pages read.
 */
const keptKey = Symbol.for('rota.insights.keptTotals')
const holder = globalThis as { [keptKey]?: WeakMap<Payload, Kept> }
const kept = (holder[keptKey] ??= new WeakMap<Payload, Kept>())

/**
 * The totals, read from every row at most once per `limits.insights.totalsMs` (another
 * instance's contributions show within that), and at once after this instance stored one.
 */
export function readTally(payload: Payload, now = Date.now()): Promise<Tally> {
  const known = kept.get(payload)
  if (known && now - known.at < limits.insights.totalsMs) return known.tally
  const fresh = (async () => {
    const { docs } = await payload.find({
      collection,
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { size: true, field: true, region: true, answers: true },
    })
    return tally(
      docs.map((doc) => ({
        profile: { size: doc.size, field: doc.field, region: doc.region } as Profile,
        answers: Array.isArray(doc.answers) ? (doc.answers as StoredAnswer[]) : [],
      })),
    )
  })()
  kept.set(payload, { at: now, tally: fresh })
  fresh.catch(() => kept.delete(payload))
  return fresh
}

/** Stores one contribution (answers, profile, month: nothing else) and drops the kept totals. */
export async function storeContribution(payload: Payload, profile: Profile, answers: StoredAnswer[], now: Date) {
  const data = { month: contributionMonth(now), answers } as Record<string, unknown>
  for (const d of profileDimensions) data[d.name] = profile[d.name]
  await payload.create({ collection, overrideAccess: true, data: data as never })
  kept.delete(payload)
}

/** Deletes every contribution; answers how many there were. */
export async function deleteAllContributions(payload: Payload): Promise<number> {
  const { totalDocs } = await payload.count({ collection, overrideAccess: true })
  await payload.db.deleteMany({ collection, where: {} })
  kept.delete(payload)
  return totalDocs
}
