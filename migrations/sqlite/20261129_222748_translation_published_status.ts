import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * The status of the published translation beside that of the newest one. Until a document is
 * next saved, the published translation counts as the newest one (they were measured as one).
 */
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`translation_states\` ADD \`published_status\` text;`)
  await db.run(
    sql`CREATE INDEX \`translation_states_published_status_idx\` ON \`translation_states\` (\`published_status\`);`,
  )
  await db.run(sql`UPDATE \`translation_states\` SET \`published_status\` = \`status\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`translation_states_published_status_idx\`;`)
  await db.run(sql`ALTER TABLE \`translation_states\` DROP COLUMN \`published_status\`;`)
}
