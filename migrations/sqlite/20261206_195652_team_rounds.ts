import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * A team's rounds (src/site/team/rounds.ts): `series`, the id every round of one team shares,
 * and `previous_round_id`, the round a round follows, unique (one round follows a round at most).
 * The generated statement named the foreign key without its action; the table Payload itself
 * builds (and the snapshot beside this file) has ON DELETE SET NULL, and so must the migrated
 * one: SQLite checks foreign keys here, and deleting a team deletes its first round while its
 * later rounds still point at it. Every team from before rounds is a team of one round, its
 * series its own id. Mirrored by 20261206_195700_team_rounds of migrations/mongodb.
 */
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`team_assessments\` ADD \`series\` text;`)
  await db.run(
    sql`ALTER TABLE \`team_assessments\` ADD \`previous_round_id\` text(36) REFERENCES team_assessments(id) ON UPDATE no action ON DELETE set null;`,
  )
  await db.run(sql`CREATE INDEX \`team_assessments_series_idx\` ON \`team_assessments\` (\`series\`);`)
  await db.run(
    sql`CREATE UNIQUE INDEX \`team_assessments_previous_round_idx\` ON \`team_assessments\` (\`previous_round_id\`);`,
  )
  await db.run(sql`UPDATE \`team_assessments\` SET \`series\` = \`id\` WHERE \`series\` IS NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_team_assessments\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`public_id\` text NOT NULL,
  	\`name\` text,
  	\`coordinator_key_hash\` text NOT NULL,
  	\`closed\` integer DEFAULT false,
  	\`share_results\` integer DEFAULT false,
  	\`last_activity_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_team_assessments\`("id", "public_id", "name", "coordinator_key_hash", "closed", "share_results", "last_activity_at", "updated_at", "created_at") SELECT "id", "public_id", "name", "coordinator_key_hash", "closed", "share_results", "last_activity_at", "updated_at", "created_at" FROM \`team_assessments\`;`,
  )
  await db.run(sql`DROP TABLE \`team_assessments\`;`)
  await db.run(sql`ALTER TABLE \`__new_team_assessments\` RENAME TO \`team_assessments\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`team_assessments_public_id_idx\` ON \`team_assessments\` (\`public_id\`);`)
  await db.run(
    sql`CREATE INDEX \`team_assessments_last_activity_at_idx\` ON \`team_assessments\` (\`last_activity_at\`);`,
  )
  await db.run(sql`CREATE INDEX \`team_assessments_updated_at_idx\` ON \`team_assessments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`team_assessments_created_at_idx\` ON \`team_assessments\` (\`created_at\`);`)
}
