import type { FieldHook, Payload, PayloadRequest } from 'payload'

const collection = 'team-answers' as const

/** How many members answered the team assessment `teamId` (its rows in collections/TeamAnswers). */
export const countMembers: FieldHook = async ({ data, req }) =>
  data?.id
    ? (await req.payload.db.count({ collection, where: { team: { equals: String(data.id) } }, req })).totalDocs
    : 0

/** Deletes the members' answers of the team assessment `teamId`, when it is deleted. */
export async function deleteTeamAnswers(payload: Payload, teamId: string, req?: Partial<PayloadRequest>) {
  await payload.db.deleteMany({ collection, where: { team: { equals: teamId } }, req })
}

/**
 * Deletes the rows of teams that no longer exist: a member's answer written while their team
 * was being deleted lands after the deletion's own clean-up, and must not outlive it. Returns
 * how many teams' rows went. Read in pages, so any number of rows is bounded in memory.
 */
export async function deleteOrphanAnswers(payload: Payload): Promise<number> {
  const teams = new Set<string>()
  for (let page = 1; ; page++) {
    const { docs, hasNextPage } = await payload.db.find<{ team: string }>({
      collection,
      select: { team: true },
      sort: 'id',
      limit: 1000,
      page,
    })
    for (const row of docs) teams.add(row.team)
    if (!hasNextPage) break
  }
  const ids = [...teams]
  let orphans = 0
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500)
    const { docs } = await payload.db.find<{ id: string }>({
      collection: 'team-assessments',
      where: { id: { in: chunk } },
      select: { id: true },
      pagination: false,
    })
    const existing = new Set(docs.map((doc) => String(doc.id)))
    for (const team of chunk.filter((id) => !existing.has(id))) {
      await deleteTeamAnswers(payload, team)
      orphans++
    }
  }
  return orphans
}
