import type { Payload } from 'payload'

import type { TeamAnswer } from '@payload-types'
import { limits } from '@/shared/limits'
import type { Member } from '@/site/team/member'

const collection = 'team-answers' as const

/** A team's members with their answers, in the order they first answered (collections/TeamAnswers). */
export async function membersOf(payload: Payload, teamId: string): Promise<Member[]> {
  const { docs } = await payload.find({
    collection,
    where: { team: { equals: teamId } },
    sort: 'createdAt',
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return docs.map((row) => ({
    id: row.member,
    role: row.role as Member['role'],
    name: row.name ?? '',
    answers: (row.answers ?? {}) as Member['answers'],
    at: row.updatedAt,
  }))
}

const rowOf = (payload: Payload, teamId: string, memberId: string) =>
  payload.db.findOne<TeamAnswer>({
    collection,
    where: { and: [{ team: { equals: teamId } }, { member: { equals: memberId } }] },
  })

const takenPlaces = async (payload: Payload, teamId: string) => {
  const { docs } = await payload.db.find<TeamAnswer>({
    collection,
    where: { team: { equals: teamId } },
    select: { place: true },
    pagination: false,
  })
  return new Set(docs.map((row) => row.place))
}

/**
 * Writes one member's answers as their own row: the row of `member.id` is replaced, or a new
 * one takes a free place. Straight to the adapter, as a claim is (src/cms/instances/claims.ts): a single
 * insert is atomic by itself, and the unique keys decide between instances writing at once,
 * never a read of the team followed by a write of it. An insert that fails was beaten to its
 * place (or the same member's other request made the row): read again and try again. The
 * place is picked at random among the free ones, so members arriving together rarely pick the
 * same one. 'full' when every place is taken.
 */
export async function saveAnswers(payload: Payload, teamId: string, member: Member): Promise<'saved' | 'full'> {
  const data = { team: teamId, member: member.id, role: member.role, name: member.name, answers: member.answers }
  let lastError: unknown
  for (let attempt = 0; attempt < 20; attempt++) {
    const own = await rowOf(payload, teamId, member.id)
    if (own) {
      await payload.db.updateOne({ collection, id: own.id, data: { ...data, place: own.place } })
      return 'saved'
    }
    const taken = await takenPlaces(payload, teamId)
    const free = Array.from({ length: limits.team.members }, (_, i) => i + 1).filter((place) => !taken.has(place))
    if (free.length === 0) return 'full'
    const place = free[Math.floor(Math.random() * free.length)]
    try {
      await payload.db.create({ collection, data: { ...data, place } })
      return 'saved'
    } catch (error) {
      lastError = error
    }
  }
  throw lastError
}
