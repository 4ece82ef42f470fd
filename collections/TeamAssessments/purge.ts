import type { CollectionAfterDeleteHook, CollectionBeforeDeleteHook, Payload, TaskConfig } from 'payload'

import type { TeamAssessment } from '@payload-types'
import { timeOf } from '@/shared/dates'
import { limits } from '@/shared/limits'
import { buryTeam, purgeOldTombstones } from '@/shared/team/team-tombstone'
import { deleteOrphanAnswers, deleteTeamAnswers } from '@collections/TeamAnswers/cleanup'

const day = 24 * 60 * 60 * 1000
const collection = 'team-assessments' as const

/**
 * Set in a deletion's context when it deletes every round of the teams it touches itself (the
 * coordinator's, the nightly job's), so that no round's deletion goes looking for the others.
 */
const wholeTeam = 'rota.wholeTeam'

/**
 * Deletes the team assessments nobody touched for `limits.team.retentionDays` days; returns how
 * many rounds went. A team with several rounds (src/site/team/rounds.ts) is one team: it is kept
 * while any of its rounds is, and deleted with all of them once none is, never one round of it
 * alone (its results compare with the round before, and its coordinator's key opens them all).
 * The last activity is the time `lastActivityAt` names; one that is no date, or later than
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
    collection,
    where: {
      or: [
        { lastActivityAt: { less_than: new Date(before).toISOString() } },
        { lastActivityAt: { greater_than: now.toISOString() } },
        { lastActivityAt: { exists: false } },
      ],
    },
    select: { lastActivityAt: true, updatedAt: true, series: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const lastActivity = (doc: Activity) =>
    [doc.lastActivityAt, doc.updatedAt].map(timeOf).find((time) => time !== null && time <= now.getTime())
  const isStale = (doc: Activity) => (lastActivity(doc) ?? -Infinity) < before
  const candidates = docs.filter(isStale)
  // A round of a team goes only with every round of its team: read each such team's rounds.
  const alone = candidates.filter((doc) => !doc.series).map((doc) => doc.id)
  const series = [...new Set(candidates.flatMap((doc) => doc.series ?? []))]
  const ofStaleTeams: string[] = []
  for (let i = 0; i < series.length; i += 500) {
    const { docs: rounds } = await payload.find({
      collection,
      where: { series: { in: series.slice(i, i + 500) } },
      select: { lastActivityAt: true, updatedAt: true, series: true },
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    const active = new Set(rounds.filter((round) => !isStale(round)).map((round) => round.series))
    ofStaleTeams.push(...rounds.filter((round) => !active.has(round.series)).map((round) => round.id))
  }
  const stale = [...alone, ...ofStaleTeams]
  let deleted = 0
  // A few hundred at a time: a database takes only so many values in one `in`. Each leaves a
  // tombstone (the collection's beforeDelete): its links say "deleted" from now on. Every round
  // of each team is in the list, so the deletion need not look for a team's other rounds.
  for (let i = 0; i < stale.length; i += 500) {
    const { docs: gone } = await payload.delete({
      collection,
      where: { id: { in: stale.slice(i, i + 500) } },
      overrideAccess: true,
      context: { [wholeTeam]: true },
    })
    deleted += gone.length
  }
  return deleted
}

type Activity = { id: string; lastActivityAt?: unknown; updatedAt?: unknown; series?: string | null }

/**
 * Before a team assessment is deleted, by whoever and however: a tombstone of its members'
 * link (src/shared/team/team-tombstone.ts), so the link answers 410 "Bu değerlendirme silindi".
 */
export const buryBeforeDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const doc = await req.payload.findByID({
    collection,
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
 * After one round of a team is deleted by a deletion that knows nothing of rounds (an
 * administrator's, in the admin or over REST), the team's other rounds are deleted too: a team
 * is deleted whole, whoever deletes it, each round leaving its tombstone.
 */
export const deleteRoundsAfterDelete: CollectionAfterDeleteHook<TeamAssessment> = async ({ doc, req }) => {
  if (req.context[wholeTeam] || !doc.series) return
  await req.payload.delete({
    collection,
    where: { series: { equals: doc.series } },
    overrideAccess: true,
    req,
    context: { [wholeTeam]: true },
  })
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
