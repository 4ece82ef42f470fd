import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'

import type { TeamAssessment } from '@payload-types'
import { payloadClient } from '@/site/payload-client'
import { limits } from '@/shared/limits'
import { wasDeleted } from '@/shared/team/team-tombstone'
import { membersOf, saveAnswers } from '@/site/team/answers'
import type { Member } from '@/site/team/member'

export { roles, type Member, type MemberAnswers, type Role } from '@/site/team/member'

/** One round of a team (its first, or a later one: src/site/team/rounds.ts). */
export type Team = {
  id: string
  publicId: string
  name: string
  closed: boolean
  shareResults: boolean
  members: Member[]
  /** When this round started (the assessment was created). */
  startedAt: string
  /** The id all rounds of this team share; null on a team from before rounds (a round of its own). */
  series: string | null
  /** The id of the round this one follows; null for a team's first round. */
  previousRound: string | null
}

/** 128 bits or more of randomness, as URL-safe text. */
export const token = (bytes = 16) => randomBytes(bytes).toString('base64url')
const hash = (key: string) => createHash('sha256').update(key).digest('hex')

const idOf = (value: string | TeamAssessment | null | undefined) =>
  value ? (typeof value === 'string' ? value : value.id) : null

export const asTeam = async (doc: TeamAssessment): Promise<Team> => ({
  id: doc.id,
  publicId: doc.publicId,
  name: doc.name ?? '',
  closed: Boolean(doc.closed),
  shareResults: Boolean(doc.shareResults),
  members: await membersOf(await payloadClient(), doc.id),
  startedAt: doc.createdAt,
  series: doc.series ?? null,
  previousRound: idOf(doc.previousRound),
})

/**
 * Team assessments are read and written only here and, for a team's rounds, in rounds.ts, by
 * the site's own routes, with access control overridden: the collection itself refuses every
 * API caller (see its config).
 */
async function findDoc(publicId: string): Promise<TeamAssessment | null> {
  if (!/^[A-Za-z0-9_-]{22,64}$/.test(publicId)) return null
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'team-assessments',
    where: { publicId: { equals: publicId } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return docs[0] ?? null
}

export async function findTeam(publicId: string): Promise<Team | null> {
  const doc = await findDoc(publicId)
  return doc ? asTeam(doc) : null
}

/** The team, when `key` is its coordinator's key (compared in constant time); else null. */
export async function findTeamAsCoordinator(publicId: string, key: string | undefined): Promise<Team | null> {
  const doc = key && key.length <= 100 ? await findDoc(publicId) : null
  if (!doc || !key) return null
  const given = Buffer.from(hash(key), 'hex')
  const stored = Buffer.from(doc.coordinatorKeyHash, 'hex')
  return given.length === stored.length && timingSafeEqual(given, stored) ? asTeam(doc) : null
}

/** A new team assessment: its public id (the members' link) and the coordinator's key, shown once. */
export async function createTeam(name: string): Promise<{ publicId: string; key: string }> {
  const payload = await payloadClient()
  const publicId = token()
  const key = token(24)
  await payload.create({
    collection: 'team-assessments',
    data: {
      publicId,
      name: name.slice(0, limits.team.nameChars) || null,
      coordinatorKeyHash: hash(key),
      // Its later rounds will carry the same (src/site/team/rounds.ts).
      series: token(),
      lastActivityAt: new Date().toISOString(),
    },
    overrideAccess: true,
  })
  return { publicId, key }
}

export type SaveResult = 'saved' | 'closed' | 'full' | 'missing'

/**
 * A member's answers, new or replacing the same member's earlier ones (`memberId` from their
 * browser), as their own row (src/site/team/answers.ts): members answering at once through
 * different instances never overwrite each other. An answer read after the coordinator closed
 * the link is refused.
 */
export async function saveMember(publicId: string, member: Member): Promise<SaveResult> {
  const doc = await findDoc(publicId)
  if (!doc) return 'missing'
  if (doc.closed) return 'closed'
  const payload = await payloadClient()
  if ((await saveAnswers(payload, doc.id, member)) === 'full') return 'full'
  await touch(doc.id)
  return 'saved'
}

/**
 * The team's last activity, for the retention rule: only this field is written (through the
 * adapter, no read of the rest), so it cannot put back a setting the coordinator just changed.
 */
async function touch(id: string): Promise<void> {
  const payload = await payloadClient()
  await payload.db.updateOne({
    collection: 'team-assessments',
    id,
    data: { lastActivityAt: new Date().toISOString() },
  })
}

export async function setTeamSettings(
  publicId: string,
  settings: { closed: boolean; shareResults: boolean },
): Promise<void> {
  const doc = await findDoc(publicId)
  if (!doc) return
  const payload = await payloadClient()
  await payload.update({
    collection: 'team-assessments',
    id: doc.id,
    data: { ...settings, lastActivityAt: new Date().toISOString() },
    overrideAccess: true,
  })
}

/**
 * Deletes the team, every round of it and all their answers: the collection deletes a round's
 * other rounds with it (collections/TeamAssessments/purge.ts) and keeps a tombstone of each
 * round's link (src/shared/team/team-tombstone.ts).
 */
export async function deleteTeam(team: Team): Promise<void> {
  const payload = await payloadClient()
  await payload.delete({ collection: 'team-assessments', id: team.id, overrideAccess: true })
}

/**
 * Whether `publicId` is the members' link of a team that was deleted (by its coordinator or
 * after `limits.team.retentionDays` untouched): its links then answer 410, not 404.
 */
export async function teamWasDeleted(publicId: string): Promise<boolean> {
  if (!/^[A-Za-z0-9_-]{22,64}$/.test(publicId)) return false
  return wasDeleted(await payloadClient(), publicId)
}
