import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'

type Doc = Record<string, unknown> & { _id: { toString(): string } }
type Model = {
  createIndexes: () => Promise<void>
  collection: {
    find: (filter: object, options?: object) => AsyncIterable<Doc>
    insertMany: (docs: object[], options?: object) => Promise<unknown>
    updateMany: (filter: object, update: object, options?: object) => Promise<unknown>
    deleteMany: (filter: object, options?: object) => Promise<unknown>
  }
}

type OldMember = { id?: unknown; role?: unknown; name?: unknown; answers?: unknown; at?: unknown }

const models = (args: MigrateUpArgs | MigrateDownArgs) =>
  (args.payload.db as unknown as { collections: Record<string, Model> }).collections

/**
 * Mirrors 20261206_022803_team_answers of migrations/sqlite: every member of every team's
 * `members` list becomes a row of collections/TeamAnswers (places 1, 2, … in the list's order; a
 * member listed twice keeps their later answers), the unique keys (team + member, team + place)
 * exist before the first answer, and the list and its count leave the team. A list that is not
 * a list stops the migration, naming the team, before anything is written.
 */
export async function up(args: MigrateUpArgs): Promise<void> {
  const { session } = args
  const collections = models(args)
  await collections['team-answers'].createIndexes()
  const rows: object[] = []
  for await (const team of collections['team-assessments'].collection.find(
    { members: { $exists: true, $ne: null } },
    { session },
  )) {
    if (!Array.isArray(team.members))
      throw new Error(
        `team-assessments ${team._id.toString()}: members is not a list of answers; correct or empty it, then run the migration again (nothing was changed)`,
      )
    const byMember = new Map<string, OldMember>()
    for (const entry of team.members as OldMember[]) {
      const id = typeof entry?.id === 'string' && entry.id ? entry.id : crypto.randomUUID()
      byMember.set(id, { ...byMember.get(id), ...entry })
    }
    let place = 0
    for (const [member, entry] of byMember) {
      const at = typeof entry.at === 'string' ? new Date(entry.at) : (team.updatedAt ?? new Date())
      rows.push({
        team: team._id.toString(),
        member,
        place: ++place,
        role: typeof entry.role === 'string' ? entry.role : 'other',
        name: typeof entry.name === 'string' ? entry.name : null,
        answers: entry.answers && typeof entry.answers === 'object' ? entry.answers : {},
        createdAt: at,
        updatedAt: at,
      })
    }
  }
  if (rows.length) await collections['team-answers'].collection.insertMany(rows, { session })
  await collections['team-assessments'].collection.updateMany(
    {},
    { $unset: { members: '', memberCount: '' } },
    { session },
  )
}

/** The rows go back into each team's list, in their places. */
export async function down(args: MigrateDownArgs): Promise<void> {
  const { session } = args
  const collections = models(args)
  const byTeam = new Map<string, object[]>()
  for await (const row of collections['team-answers'].collection.find({}, { session, sort: { place: 1 } })) {
    const list = byTeam.get(String(row.team)) ?? []
    list.push({ id: row.member, role: row.role, name: row.name ?? '', answers: row.answers, at: row.updatedAt })
    byTeam.set(String(row.team), list)
  }
  for await (const team of collections['team-assessments'].collection.find({}, { session })) {
    const members = byTeam.get(team._id.toString()) ?? []
    await collections['team-assessments'].collection.updateMany(
      { _id: team._id },
      { $set: { members, memberCount: members.length } },
      { session },
    )
  }
  await collections['team-answers'].collection.deleteMany({}, { session })
}
