import type { Payload, TaskConfig } from 'payload'

import { limits } from '@/shared/limits'

const dayMs = 24 * 60 * 60 * 1000

/**
 * Removes the activity log's changes older than `limits.activityLog.changesDays` and the failed
 * sign-ins older than `signInFailuresDays`; returns how many of each. The limit is a Date
 * handed to the adapter, which compares it with the stored dates as dates (MongoDB stores
 * dates; SQLite the server's own fixed-width UTC text, which orders as the dates do). Removed
 * in one statement per collection: nothing reads an entry on its way out.
 */
export async function trimActivityLog(
  payload: Payload,
  now = new Date(),
): Promise<{ changes: number; signInFailures: number }> {
  const before = (days: number) => new Date(now.getTime() - days * dayMs).toISOString()
  const changes = { createdAt: { less_than: before(limits.activityLog.changesDays) } }
  const signInFailures = { minute: { less_than: before(limits.activityLog.signInFailuresDays) } }
  const counted = {
    changes: (await payload.count({ collection: 'activity-log', where: changes, overrideAccess: true })).totalDocs,
    signInFailures: (
      await payload.count({ collection: 'sign-in-failures', where: signInFailures, overrideAccess: true })
    ).totalDocs,
  }
  await payload.db.deleteMany({ collection: 'activity-log', where: changes })
  await payload.db.deleteMany({ collection: 'sign-in-failures', where: signInFailures })
  return counted
}

/** Every Monday night, after the link check: the promise of docs/product/admin.md, "Activity log". */
export const trimActivityLogTask: TaskConfig<{ input: object; output: { changes: number; signInFailures: number } }> = {
  slug: 'trimActivityLog',
  label: 'Eski etkinlik kayıtlarını sil',
  schedule: [{ cron: '0 30 4 * * 1', queue: 'nightly' }],
  handler: async ({ req }) => {
    const removed = await trimActivityLog(req.payload)
    req.payload.logger.info({ msg: 'activity log trimmed', ...removed })
    return { output: removed }
  },
}
