import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * The deleted team assessments' tombstones (collections/DeletedTeamAssessments): a hash of the
 * members' link's id and the month, so that a deleted team's links answer 410. Mirrored by
 * 20261205_211200_team_tombstones of migrations/mongodb.
 */

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`deleted_team_assessments\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`id_hash\` text NOT NULL,
  	\`month\` text NOT NULL
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`deleted_team_assessments_id_hash_idx\` ON \`deleted_team_assessments\` (\`id_hash\`);`,
  )
  await db.run(sql`CREATE INDEX \`deleted_team_assessments_month_idx\` ON \`deleted_team_assessments\` (\`month\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`deleted_team_assessments\`;`)
}
