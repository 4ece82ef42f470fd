import type { TeamAssessment } from '@payload-types'
import { payloadClient } from '@/site/payload-client'
import { asTeam, token, type Team } from '@/site/team/store'
import { limits } from '@/shared/limits'

/**
 * A team over time: the coordinator starts a new round of the same team (a year on, say), and
 * each round is a team assessment of its own, with its own members' link, answers and settings,
 * tied to the others by two fields (collections/TeamAssessments): `series`, the same random id on
 * every round of the team (how its rounds are found, deleted and purged together), and
 * `previousRound`, the round it follows (unique: a round is followed by one round at most). The
 * new round copies the coordinator's key's hash, so the one key opens every round.
 */

const collection = 'team-assessments' as const

export type Round = {
  id: string
  publicId: string
  /** 1 for the team's first round. */
  number: number
  startedAt: string
  /** Members who answered this round. */
  members: number
}

/** Every round of `team`'s team, the first first (`team` itself among them). */
export async function roundsOf(team: Team): Promise<Round[]> {
  const payload = await payloadClient()
  const docs = team.series
    ? (
        await payload.find({
          collection,
          where: { series: { equals: team.series } },
          select: { publicId: true, createdAt: true, previousRound: true },
          sort: 'createdAt',
          pagination: false,
          depth: 0,
          overrideAccess: true,
        })
      ).docs
    : []
  const found = docs.some((doc) => doc.id === team.id)
    ? docs.map((doc) => ({
        id: doc.id,
        publicId: doc.publicId,
        startedAt: doc.createdAt,
        after: idOf(doc.previousRound),
      }))
    : [{ id: team.id, publicId: team.publicId, startedAt: team.startedAt, after: team.previousRound }]
  const ordered = inChainOrder(found)
  const counts = await memberCounts(ordered.map((round) => round.id))
  return ordered.map((round, i) => ({
    id: round.id,
    publicId: round.publicId,
    number: i + 1,
    startedAt: round.startedAt,
    members: counts.get(round.id) ?? 0,
  }))
}

const idOf = (value: string | TeamAssessment | null | undefined) =>
  value ? (typeof value === 'string' ? value : value.id) : null

/**
 * The rounds as their `previousRound` links chain them, not as their clocks say: instances'
 * clocks may differ, a round's link does not. Whatever is not on the chain (a round whose
 * earlier round was deleted by hand) follows in the order of its start.
 */
function inChainOrder<T extends { id: string; after: string | null }>(rounds: T[]): T[] {
  const ids = new Set(rounds.map((round) => round.id))
  const next = new Map(rounds.flatMap((round) => (round.after ? [[round.after, round] as const] : [])))
  const ordered: T[] = []
  let at = rounds.find((round) => !round.after || !ids.has(round.after))
  while (at && !ordered.includes(at)) {
    ordered.push(at)
    at = next.get(at.id)
  }
  return [...ordered, ...rounds.filter((round) => !ordered.includes(round))]
}

async function memberCounts(teamIds: string[]): Promise<Map<string, number>> {
  const payload = await payloadClient()
  const { docs } = await payload.db.find<{ team: string }>({
    collection: 'team-answers',
    where: { team: { in: teamIds } },
    select: { team: true },
    pagination: false,
  })
  const counts = new Map<string, number>()
  for (const row of docs) counts.set(row.team, (counts.get(row.team) ?? 0) + 1)
  return counts
}

/** The round `team` follows, with its members' answers; null for a team's first round (or one deleted meanwhile). */
export async function earlierRound(team: Team): Promise<Team | null> {
  if (!team.previousRound) return null
  const payload = await payloadClient()
  const doc = await payload.findByID({
    collection,
    id: team.previousRound,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  return doc ? asTeam(doc) : null
}

/**
 * Starts the round after `team` (the coordinator's, checked by the caller): a new members'
 * link, the same name, the same coordinator's key; `team`'s members' link is closed (its answers
 * are kept, and its coordinator may reopen it). Returns the new round's link id. When a round
 * already follows `team` (the form sent twice, from two tabs, or from an earlier round's page),
 * nothing is started: the team's latest round is returned. 'too-many' at `limits.team.rounds`.
 */
export async function startRound(team: Team): Promise<{ publicId: string } | 'too-many'> {
  const rounds = await roundsOf(team)
  const latest = rounds.at(-1)
  if (latest && latest.id !== team.id) return { publicId: latest.publicId }
  if (rounds.length >= limits.team.rounds) return 'too-many'
  const payload = await payloadClient()
  const doc = await payload.findByID({ collection, id: team.id, depth: 0, overrideAccess: true })
  const now = new Date().toISOString()
  let series = doc.series
  if (!series) {
    // A team from before rounds (or the migration) gets its id now, before a round shares it.
    series = token()
    await payload.db.updateOne({ collection, id: team.id, data: { series } })
  }
  const publicId = token()
  try {
    await payload.create({
      collection,
      data: {
        publicId,
        name: doc.name ?? null,
        coordinatorKeyHash: doc.coordinatorKeyHash,
        series,
        previousRound: team.id,
        lastActivityAt: now,
      },
      overrideAccess: true,
    })
  } catch (error) {
    // The unique `previousRound`: another request started this round's next one first.
    const { docs } = await payload.find({
      collection,
      where: { previousRound: { equals: team.id } },
      select: { publicId: true },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    if (docs[0]) return { publicId: docs[0].publicId }
    throw error
  }
  // Only `closed` is written: a member's answer arriving now must not be refused by the write
  // of a stale copy of anything else. Its last activity is left as it was.
  await payload.db.updateOne({ collection, id: team.id, data: { closed: true } })
  return { publicId }
}
