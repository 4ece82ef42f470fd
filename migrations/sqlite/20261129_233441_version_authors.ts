import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Who saved each version (src/cms/fields/history.ts): a name on every versioned document, copied
 * into its versions. Versions saved before this are by "unknown".
 */
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`areas\` ADD \`changed_by\` text;`)
  await db.run(sql`ALTER TABLE \`_areas_v\` ADD \`version_changed_by\` text;`)
  await db.run(sql`ALTER TABLE \`questions\` ADD \`changed_by\` text;`)
  await db.run(sql`ALTER TABLE \`_questions_v\` ADD \`version_changed_by\` text;`)
  await db.run(sql`ALTER TABLE \`choices\` ADD \`changed_by\` text;`)
  await db.run(sql`ALTER TABLE \`_choices_v\` ADD \`version_changed_by\` text;`)
  await db.run(sql`ALTER TABLE \`advice\` ADD \`changed_by\` text;`)
  await db.run(sql`ALTER TABLE \`_advice_v\` ADD \`version_changed_by\` text;`)
  await db.run(sql`ALTER TABLE \`resources\` ADD \`changed_by\` text;`)
  await db.run(sql`ALTER TABLE \`_resources_v\` ADD \`version_changed_by\` text;`)
  await db.run(sql`ALTER TABLE \`maturity_levels\` ADD \`changed_by\` text;`)
  await db.run(sql`ALTER TABLE \`_maturity_levels_v\` ADD \`version_changed_by\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`areas\` DROP COLUMN \`changed_by\`;`)
  await db.run(sql`ALTER TABLE \`_areas_v\` DROP COLUMN \`version_changed_by\`;`)
  await db.run(sql`ALTER TABLE \`questions\` DROP COLUMN \`changed_by\`;`)
  await db.run(sql`ALTER TABLE \`_questions_v\` DROP COLUMN \`version_changed_by\`;`)
  await db.run(sql`ALTER TABLE \`choices\` DROP COLUMN \`changed_by\`;`)
  await db.run(sql`ALTER TABLE \`_choices_v\` DROP COLUMN \`version_changed_by\`;`)
  await db.run(sql`ALTER TABLE \`advice\` DROP COLUMN \`changed_by\`;`)
  await db.run(sql`ALTER TABLE \`_advice_v\` DROP COLUMN \`version_changed_by\`;`)
  await db.run(sql`ALTER TABLE \`resources\` DROP COLUMN \`changed_by\`;`)
  await db.run(sql`ALTER TABLE \`_resources_v\` DROP COLUMN \`version_changed_by\`;`)
  await db.run(sql`ALTER TABLE \`maturity_levels\` DROP COLUMN \`changed_by\`;`)
  await db.run(sql`ALTER TABLE \`_maturity_levels_v\` DROP COLUMN \`version_changed_by\`;`)
}
