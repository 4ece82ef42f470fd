import { randomUUID } from 'node:crypto'

import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * A team's members' answers move from one list on the team (`members`, written whole by each
 * answer: members answering at once through two instances lost one another's answers) to one
 * row per member (collections/TeamAnswers). Every member of every list becomes a row, in the
 * list's order (their places 1, 2, …); a member listed twice keeps their later answers. A list
 * that cannot be read stops the migration, naming the team, and nothing is dropped.
 * Mirrored by 20261206_022900_team_answers of migrations/mongodb.
 */

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`team_answers\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`team\` text NOT NULL,
  	\`member\` text NOT NULL,
  	\`place\` numeric NOT NULL,
  	\`role\` text NOT NULL,
  	\`name\` text,
  	\`answers\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`team_answers_team_idx\` ON \`team_answers\` (\`team\`);`)
  await db.run(sql`CREATE INDEX \`team_answers_updated_at_idx\` ON \`team_answers\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`team_answers_created_at_idx\` ON \`team_answers\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`team_member_idx\` ON \`team_answers\` (\`team\`,\`member\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`team_place_idx\` ON \`team_answers\` (\`team\`,\`place\`);`)
  await moveMembersToRows(db)
  await db.run(sql`ALTER TABLE \`team_assessments\` DROP COLUMN \`members\`;`)
  await db.run(sql`ALTER TABLE \`team_assessments\` DROP COLUMN \`member_count\`;`)
}

type Db = MigrateUpArgs['db']

type OldMember = { id?: unknown; role?: unknown; name?: unknown; answers?: unknown; at?: unknown }

async function moveMembersToRows(db: Db): Promise<void> {
  const teams = await db.all<{ id: string; members: string | null; updated_at: string }>(
    sql`SELECT id, members, updated_at FROM team_assessments WHERE members IS NOT NULL`,
  )
  for (const team of teams) {
    let list: unknown
    try {
      list = JSON.parse(team.members ?? 'null')
    } catch {
      list = undefined
    }
    if (list === null) continue
    if (!Array.isArray(list))
      throw new Error(
        `team_assessments ${team.id}: members is not a list of answers; correct or empty it, then run the migration again (nothing was changed)`,
      )
    // The last entry of a member counts, at the place of their first.
    const byMember = new Map<string, OldMember>()
    for (const entry of list as OldMember[]) {
      const id = typeof entry?.id === 'string' && entry.id ? entry.id : randomUUID()
      byMember.set(id, { ...byMember.get(id), ...entry })
    }
    let place = 0
    for (const [member, entry] of byMember) {
      place++
      const at = typeof entry.at === 'string' ? entry.at : team.updated_at
      const answers = entry.answers && typeof entry.answers === 'object' ? entry.answers : {}
      await db.run(sql`INSERT INTO team_answers (id, team, member, place, role, name, answers, updated_at, created_at)
        VALUES (${randomUUID()}, ${team.id}, ${member}, ${place}, ${typeof entry.role === 'string' ? entry.role : 'other'},
          ${typeof entry.name === 'string' ? entry.name : null}, ${JSON.stringify(answers)}, ${at}, ${at})`)
    }
  }
}

/** The rows go back into each team's list, in their places, and the count beside it. */
export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`team_assessments\` ADD \`members\` text;`)
  await db.run(sql`ALTER TABLE \`team_assessments\` ADD \`member_count\` numeric DEFAULT 0;`)
  await db.run(sql`UPDATE team_assessments SET
    members = (SELECT json_group_array(json_object('id', member, 'role', role, 'name', coalesce(name, ''),
      'answers', json(answers), 'at', updated_at)) FROM (SELECT * FROM team_answers WHERE team = team_assessments.id ORDER BY place)),
    member_count = (SELECT count(*) FROM team_answers WHERE team = team_assessments.id)`)
  await db.run(sql`DROP TABLE \`team_answers\`;`)
}
