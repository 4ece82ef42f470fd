import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'

import type { TeamAssessment } from '@payload-types'
import { payloadClient } from '@/site/payload-client'
import { limits } from '@/shared/limits'
import { wasDeleted } from '@/shared/team/team-tombstone'
import type { Member } from '@/site/team/member'

export { roles, type Member, type MemberAnswers, type Role } from '@/site/team/member'

export type Team = {
  id: string
  publicId: string
  name: string
  closed: boolean
  shareResults: boolean
  members: Member[]
}

/** 128 bits or more of randomness, as URL-safe text. */
export const token = (bytes = 16) => randomBytes(bytes).toString('base64url')
const hash = (key: string) => createHash('sha256').update(key).digest('hex')

const asTeam = (doc: TeamAssessment): Team => ({
  id: doc.id,
  publicId: doc.publicId,
  name: doc.name ?? '',
  closed: Boolean(doc.closed),
  shareResults: Boolean(doc.shareResults),
  members: Array.isArray(doc.members) ? (doc.members as Member[]) : [],
})

/**
 * Team assessments are read and written only here, by the site's own routes, with access
 * control overridden: the collection itself refuses every API caller (see its config).
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
      members: [],
      memberCount: 0,
      lastActivityAt: new Date().toISOString(),
    },
    overrideAccess: true,
  })
  return { publicId, key }
}

// One write at a time per team: members answering at once must not overwrite each other.
const queues = new Map<string, Promise<unknown>>()
function serially<T>(publicId: string, work: () => Promise<T>): Promise<T> {
  const result = (queues.get(publicId) ?? Promise.resolve()).then(work, work)
  const settled = result.catch(() => undefined)
  queues.set(publicId, settled)
  void settled.then(() => queues.get(publicId) === settled && queues.delete(publicId))
  return result
}

async function update(publicId: string, change: (team: Team) => Partial<Team> | null): Promise<Team | null> {
  return serially(publicId, async () => {
    const doc = await findDoc(publicId)
    if (!doc) return null
    const team = asTeam(doc)
    const changed = change(team)
    if (!changed) return team
    const next = { ...team, ...changed }
    const payload = await payloadClient()
    await payload.update({
      collection: 'team-assessments',
      id: doc.id,
      data: {
        closed: next.closed,
        shareResults: next.shareResults,
        members: next.members,
        memberCount: next.members.length,
        lastActivityAt: new Date().toISOString(),
      },
      overrideAccess: true,
    })
    return next
  })
}

export type SaveResult = 'saved' | 'closed' | 'full' | 'missing'

/** A member's answers, new or replacing the same member's earlier ones (`memberId` from their browser). */
export async function saveMember(publicId: string, member: Member): Promise<SaveResult> {
  let result: SaveResult = 'missing'
  await update(publicId, (team) => {
    if (team.closed) {
      result = 'closed'
      return null
    }
    const others = team.members.filter((m) => m.id !== member.id)
    if (others.length >= limits.team.members) {
      result = 'full'
      return null
    }
    result = 'saved'
    return { members: [...others, member] }
  })
  return result
}

export async function setTeamSettings(publicId: string, settings: { closed: boolean; shareResults: boolean }) {
  return update(publicId, () => settings)
}

/** Deletes the team and all its answers; the collection keeps a tombstone of its link (src/shared/team/team-tombstone.ts). */
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
