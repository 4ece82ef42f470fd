import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * How many paragraphs of an outdated translation's Turkish changed since it was made, kept on
 * its state row (src/cms/translation-status/record.ts); on a Turkish row, how many paragraphs
 * its Turkish has. Rows from before stay empty: `npm start` then keeps their Turkish paragraph
 * by paragraph (src/cms/translation-status/backfill.ts, not a data step here: it would read
 * today's schema against this migration's tables); a translation already outdated is compared
 * field by field, as it was. MongoDB needs no migration: the fields are new, optional and not
 * indexed.
 */
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`translation_states\` ADD \`units_total\` numeric;`)
  await db.run(sql`ALTER TABLE \`translation_states\` ADD \`units_changed\` numeric;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`translation_states\` DROP COLUMN \`units_total\`;`)
  await db.run(sql`ALTER TABLE \`translation_states\` DROP COLUMN \`units_changed\`;`)
}
