import { createHash } from 'node:crypto'

import type { Payload, PayloadRequest } from 'payload'

import { limits } from '@/shared/limits'

/**
 * What is kept of a deleted team assessment (collections/DeletedTeamAssessments): the SHA-256
 * of its members' link's id, so that the link can answer "deleted" (410), and the month it was
 * deleted, so that the tombstone itself can be deleted in time (`limits.team.tombstoneMonths`).
 * Nothing else: not the name, not the members, not the coordinator's key. The id is 128 random
 * bits, so its hash cannot be turned back into a link.
 */
export const tombstoneHash = (publicId: string) => createHash('sha256').update(`team:${publicId}`).digest('hex')

/** The month of `at` as `YYYY-MM` (UTC; a tombstone's month only decides when it goes). */
export const tombstoneMonth = (at: Date) => at.toISOString().slice(0, 7)

/** The oldest month whose tombstones are still kept, `months` months before `now`'s. */
export function oldestKeptMonth(now: Date, months: number): string {
  const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, 1))
  return tombstoneMonth(date)
}

/**
 * Keeps a tombstone of a deleted team's members' link: its id's hash and the month, nothing
 * else (collections/DeletedTeamAssessments). The team collection's `beforeDelete` calls it, so
 * every deletion leaves one (the coordinator's, the nightly job's, an administrator's), inside
 * the deletion's transaction where there is one (`req`); a second one for the same link is no error.
 */
export async function buryTeam(
  payload: Payload,
  publicId: string,
  req?: Partial<PayloadRequest>,
  now = new Date(),
): Promise<void> {
  const idHash = tombstoneHash(publicId)
  const exists = async () =>
    (
      await payload.count({
        collection: 'deleted-team-assessments',
        where: { idHash: { equals: idHash } },
        overrideAccess: true,
        req,
      })
    ).totalDocs > 0
  if (await exists()) return
  await payload
    .create({
      collection: 'deleted-team-assessments',
      data: { idHash, month: tombstoneMonth(now) },
      overrideAccess: true,
      req,
    })
    .catch(async (error: unknown) => {
      // Two deletions of one team at once: the unique hash lets one in, and that is enough.
      if (!(await exists())) throw error
    })
}

/** Deletes the tombstones older than `limits.team.tombstoneMonths`; returns how many. */
export async function purgeOldTombstones(payload: Payload, now = new Date()): Promise<number> {
  const { docs } = await payload.delete({
    collection: 'deleted-team-assessments',
    where: { month: { less_than: oldestKeptMonth(now, limits.team.tombstoneMonths) } },
    overrideAccess: true,
  })
  return docs.length
}

/** Whether the team with this members' link id was deleted (and its tombstone is still kept). */
export async function wasDeleted(payload: Payload, publicId: string): Promise<boolean> {
  const { totalDocs } = await payload.count({
    collection: 'deleted-team-assessments',
    where: { idHash: { equals: tombstoneHash(publicId) } },
    overrideAccess: true,
  })
  return totalDocs > 0
}
