import type { CollectionAfterDeleteHook, CollectionBeforeDeleteHook, Payload, TaskConfig } from 'payload'

import { timeOf } from '@/shared/dates'
import { limits } from '@/shared/limits'
import { buryTeam, purgeOldTombstones } from '@/shared/team/team-tombstone'
import { deleteOrphanAnswers, deleteTeamAnswers } from '@collections/TeamAnswers/cleanup'

const day = 24 * 60 * 60 * 1000

/**
 * Deletes the team assessments nobody touched for `limits.team.retentionDays` days; returns how
 * many. The last activity is the time `lastActivityAt` names; one that is no date, or later than
 * now (the server only ever writes the present), cannot show the assessment is recent, and its
 * last save (Payload's `updatedAt`) counts instead. Nothing readable at all: it is deleted, as
 * nothing shows it may be kept.
 */
export async function purgeStaleTeamAssessments(payload: Payload, now = new Date()): Promise<number> {
  const before = now.getTime() - limits.team.retentionDays * day
  // The database narrows to what may be old or unreadable: the complement of "between the
  // limit and now". On SQLite that compares text, which is time order for the canonical ISO
  // text the server writes (`toISOString()`); text that sorts outside it (a sign, a letter,
  // nothing) is among the candidates too, and each candidate is judged by time below.
  const { docs } = await payload.find({
    collection: 'team-assessments',
    where: {
      or: [
        { lastActivityAt: { less_than: new Date(before).toISOString() } },
        { lastActivityAt: { greater_than: now.toISOString() } },
        { lastActivityAt: { exists: false } },
      ],
    },
    select: { lastActivityAt: true, updatedAt: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const lastActivity = (doc: { lastActivityAt?: unknown; updatedAt?: unknown }) =>
    [doc.lastActivityAt, doc.updatedAt].map(timeOf).find((time) => time !== null && time <= now.getTime())
  // Each leaves a tombstone (the collection's beforeDelete): its links say "deleted" from now on.
  const stale = docs.filter((doc) => (lastActivity(doc) ?? -Infinity) < before).map((doc) => doc.id)
  let deleted = 0
  // A few hundred at a time: a database takes only so many values in one `in`.
  for (let i = 0; i < stale.length; i += 500) {
    const { docs: gone } = await payload.delete({
      collection: 'team-assessments',
      where: { id: { in: stale.slice(i, i + 500) } },
      overrideAccess: true,
    })
    deleted += gone.length
  }
  return deleted
}

/**
 * Before a team assessment is deleted, by whoever and however: a tombstone of its members'
 * link (src/shared/team/team-tombstone.ts), so the link answers 410 "Bu değerlendirme silindi".
 */
export const buryBeforeDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const doc = await req.payload.findByID({
    collection: 'team-assessments',
    id,
    depth: 0,
    select: { publicId: true },
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  if (doc?.publicId) await buryTeam(req.payload, doc.publicId, req)
}

/** After a team assessment is deleted, its members' answers (collections/TeamAnswers) are deleted too. */
export const deleteAnswersAfterDelete: CollectionAfterDeleteHook = async ({ id, req }) => {
  await deleteTeamAnswers(req.payload, String(id), req)
}

/**
 * The nightly job behind the privacy note's promise: a team assessment is kept for
 * `limits.team.retentionDays` days after its last answer or change, then deleted.
 */
export const purgeTeamAssessmentsTask: TaskConfig<{ input: object; output: { deleted: number } }> = {
  slug: 'purgeTeamAssessments',
  label: 'Eski ekip değerlendirmelerini sil',
  schedule: [{ cron: '0 30 3 * * *', queue: 'nightly' }],
  handler: async ({ req }) => {
    const deleted = await purgeStaleTeamAssessments(req.payload)
    await purgeOldTombstones(req.payload)
    await deleteOrphanAnswers(req.payload)
    return { output: { deleted } }
  },
}
