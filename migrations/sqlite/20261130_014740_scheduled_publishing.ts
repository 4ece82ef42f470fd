import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`schedules\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`at\` text NOT NULL,
  	\`at_tz\` text DEFAULT 'Europe/Istanbul' NOT NULL,
  	\`action\` text NOT NULL,
  	\`target_collection\` text NOT NULL,
  	\`document\` text NOT NULL,
  	\`document_title\` text,
  	\`locale\` text NOT NULL,
  	\`state\` text DEFAULT 'pending' NOT NULL,
  	\`requested_by\` text,
  	\`outcome\` text,
  	\`carried_out_at\` text,
  	\`fingerprint\` text,
  	\`claim\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`schedules_at_idx\` ON \`schedules\` (\`at\`);`)
  await db.run(sql`CREATE INDEX \`schedules_target_collection_idx\` ON \`schedules\` (\`target_collection\`);`)
  await db.run(sql`CREATE INDEX \`schedules_document_idx\` ON \`schedules\` (\`document\`);`)
  await db.run(sql`CREATE INDEX \`schedules_state_idx\` ON \`schedules\` (\`state\`);`)
  await db.run(sql`CREATE INDEX \`schedules_updated_at_idx\` ON \`schedules\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`schedules_created_at_idx\` ON \`schedules\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`state_at_idx\` ON \`schedules\` (\`state\`,\`at\`);`)
  await db.run(sql`ALTER TABLE \`areas\` ADD \`publishat_tz\` text DEFAULT 'Europe/Istanbul';`)
  await db.run(sql`ALTER TABLE \`areas\` ADD \`unpublishat_tz\` text DEFAULT 'Europe/Istanbul';`)
  await db.run(sql`ALTER TABLE \`areas_locales\` ADD \`publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`areas_locales\` ADD \`unpublish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_areas_v\` ADD \`version_publishat_tz\` text DEFAULT 'Europe/Istanbul';`)
  await db.run(sql`ALTER TABLE \`_areas_v\` ADD \`version_unpublishat_tz\` text DEFAULT 'Europe/Istanbul';`)
  await db.run(sql`ALTER TABLE \`_areas_v_locales\` ADD \`version_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_areas_v_locales\` ADD \`version_unpublish_at\` text;`)
  await db.run(sql`ALTER TABLE \`questions\` ADD \`publishat_tz\` text DEFAULT 'Europe/Istanbul';`)
  await db.run(sql`ALTER TABLE \`questions\` ADD \`unpublishat_tz\` text DEFAULT 'Europe/Istanbul';`)
  await db.run(sql`ALTER TABLE \`questions_locales\` ADD \`publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`questions_locales\` ADD \`unpublish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_questions_v\` ADD \`version_publishat_tz\` text DEFAULT 'Europe/Istanbul';`)
  await db.run(sql`ALTER TABLE \`_questions_v\` ADD \`version_unpublishat_tz\` text DEFAULT 'Europe/Istanbul';`)
  await db.run(sql`ALTER TABLE \`_questions_v_locales\` ADD \`version_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_questions_v_locales\` ADD \`version_unpublish_at\` text;`)
  await db.run(sql`ALTER TABLE \`choices\` ADD \`publishat_tz\` text DEFAULT 'Europe/Istanbul';`)
  await db.run(sql`ALTER TABLE \`choices\` ADD \`unpublishat_tz\` text DEFAULT 'Europe/Istanbul';`)
  await db.run(sql`ALTER TABLE \`choices_locales\` ADD \`publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`choices_locales\` ADD \`unpublish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_choices_v\` ADD \`version_publishat_tz\` text DEFAULT 'Europe/Istanbul';`)
  await db.run(sql`ALTER TABLE \`_choices_v\` ADD \`version_unpublishat_tz\` text DEFAULT 'Europe/Istanbul';`)
  await db.run(sql`ALTER TABLE \`_choices_v_locales\` ADD \`version_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_choices_v_locales\` ADD \`version_unpublish_at\` text;`)
  await db.run(sql`ALTER TABLE \`advice\` ADD \`publishat_tz\` text DEFAULT 'Europe/Istanbul';`)
  await db.run(sql`ALTER TABLE \`advice\` ADD \`unpublishat_tz\` text DEFAULT 'Europe/Istanbul';`)
  await db.run(sql`ALTER TABLE \`advice_locales\` ADD \`publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`advice_locales\` ADD \`unpublish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_advice_v\` ADD \`version_publishat_tz\` text DEFAULT 'Europe/Istanbul';`)
  await db.run(sql`ALTER TABLE \`_advice_v\` ADD \`version_unpublishat_tz\` text DEFAULT 'Europe/Istanbul';`)
  await db.run(sql`ALTER TABLE \`_advice_v_locales\` ADD \`version_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_advice_v_locales\` ADD \`version_unpublish_at\` text;`)
  await db.run(sql`ALTER TABLE \`resources\` ADD \`publishat_tz\` text DEFAULT 'Europe/Istanbul';`)
  await db.run(sql`ALTER TABLE \`resources\` ADD \`unpublishat_tz\` text DEFAULT 'Europe/Istanbul';`)
  await db.run(sql`ALTER TABLE \`resources_locales\` ADD \`publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`resources_locales\` ADD \`unpublish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_resources_v\` ADD \`version_publishat_tz\` text DEFAULT 'Europe/Istanbul';`)
  await db.run(sql`ALTER TABLE \`_resources_v\` ADD \`version_unpublishat_tz\` text DEFAULT 'Europe/Istanbul';`)
  await db.run(sql`ALTER TABLE \`_resources_v_locales\` ADD \`version_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_resources_v_locales\` ADD \`version_unpublish_at\` text;`)
  await db.run(sql`ALTER TABLE \`maturity_levels\` ADD \`publishat_tz\` text DEFAULT 'Europe/Istanbul';`)
  await db.run(sql`ALTER TABLE \`maturity_levels\` ADD \`unpublishat_tz\` text DEFAULT 'Europe/Istanbul';`)
  await db.run(sql`ALTER TABLE \`maturity_levels_locales\` ADD \`publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`maturity_levels_locales\` ADD \`unpublish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_maturity_levels_v\` ADD \`version_publishat_tz\` text DEFAULT 'Europe/Istanbul';`)
  await db.run(sql`ALTER TABLE \`_maturity_levels_v\` ADD \`version_unpublishat_tz\` text DEFAULT 'Europe/Istanbul';`)
  await db.run(sql`ALTER TABLE \`_maturity_levels_v_locales\` ADD \`version_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_maturity_levels_v_locales\` ADD \`version_unpublish_at\` text;`)
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`schedules_id\` text(36) REFERENCES schedules(id) ON DELETE cascade;`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_schedules_id_idx\` ON \`payload_locked_documents_rels\` (\`schedules_id\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`schedules\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`areas_id\` text(36),
  	\`questions_id\` text(36),
  	\`choices_id\` text(36),
  	\`advice_id\` text(36),
  	\`resources_id\` text(36),
  	\`maturity_levels_id\` text(36),
  	\`users_id\` text(36),
  	\`link_checks_id\` text(36),
  	\`translation_states_id\` text(36),
  	\`activity_log_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`areas_id\`) REFERENCES \`areas\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`questions_id\`) REFERENCES \`questions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`choices_id\`) REFERENCES \`choices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`advice_id\`) REFERENCES \`advice\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`resources_id\`) REFERENCES \`resources\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`maturity_levels_id\`) REFERENCES \`maturity_levels\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`link_checks_id\`) REFERENCES \`link_checks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`translation_states_id\`) REFERENCES \`translation_states\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`activity_log_id\`) REFERENCES \`activity_log\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "areas_id", "questions_id", "choices_id", "advice_id", "resources_id", "maturity_levels_id", "users_id", "link_checks_id", "translation_states_id", "activity_log_id") SELECT "id", "order", "parent_id", "path", "areas_id", "questions_id", "choices_id", "advice_id", "resources_id", "maturity_levels_id", "users_id", "link_checks_id", "translation_states_id", "activity_log_id" FROM \`payload_locked_documents_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_areas_id_idx\` ON \`payload_locked_documents_rels\` (\`areas_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_questions_id_idx\` ON \`payload_locked_documents_rels\` (\`questions_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_choices_id_idx\` ON \`payload_locked_documents_rels\` (\`choices_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_advice_id_idx\` ON \`payload_locked_documents_rels\` (\`advice_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_resources_id_idx\` ON \`payload_locked_documents_rels\` (\`resources_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_maturity_levels_id_idx\` ON \`payload_locked_documents_rels\` (\`maturity_levels_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_link_checks_id_idx\` ON \`payload_locked_documents_rels\` (\`link_checks_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_translation_states_id_idx\` ON \`payload_locked_documents_rels\` (\`translation_states_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_activity_log_id_idx\` ON \`payload_locked_documents_rels\` (\`activity_log_id\`);`,
  )
  await db.run(sql`ALTER TABLE \`areas\` DROP COLUMN \`publishat_tz\`;`)
  await db.run(sql`ALTER TABLE \`areas\` DROP COLUMN \`unpublishat_tz\`;`)
  await db.run(sql`ALTER TABLE \`areas_locales\` DROP COLUMN \`publish_at\`;`)
  await db.run(sql`ALTER TABLE \`areas_locales\` DROP COLUMN \`unpublish_at\`;`)
  await db.run(sql`ALTER TABLE \`_areas_v\` DROP COLUMN \`version_publishat_tz\`;`)
  await db.run(sql`ALTER TABLE \`_areas_v\` DROP COLUMN \`version_unpublishat_tz\`;`)
  await db.run(sql`ALTER TABLE \`_areas_v_locales\` DROP COLUMN \`version_publish_at\`;`)
  await db.run(sql`ALTER TABLE \`_areas_v_locales\` DROP COLUMN \`version_unpublish_at\`;`)
  await db.run(sql`ALTER TABLE \`questions\` DROP COLUMN \`publishat_tz\`;`)
  await db.run(sql`ALTER TABLE \`questions\` DROP COLUMN \`unpublishat_tz\`;`)
  await db.run(sql`ALTER TABLE \`questions_locales\` DROP COLUMN \`publish_at\`;`)
  await db.run(sql`ALTER TABLE \`questions_locales\` DROP COLUMN \`unpublish_at\`;`)
  await db.run(sql`ALTER TABLE \`_questions_v\` DROP COLUMN \`version_publishat_tz\`;`)
  await db.run(sql`ALTER TABLE \`_questions_v\` DROP COLUMN \`version_unpublishat_tz\`;`)
  await db.run(sql`ALTER TABLE \`_questions_v_locales\` DROP COLUMN \`version_publish_at\`;`)
  await db.run(sql`ALTER TABLE \`_questions_v_locales\` DROP COLUMN \`version_unpublish_at\`;`)
  await db.run(sql`ALTER TABLE \`choices\` DROP COLUMN \`publishat_tz\`;`)
  await db.run(sql`ALTER TABLE \`choices\` DROP COLUMN \`unpublishat_tz\`;`)
  await db.run(sql`ALTER TABLE \`choices_locales\` DROP COLUMN \`publish_at\`;`)
  await db.run(sql`ALTER TABLE \`choices_locales\` DROP COLUMN \`unpublish_at\`;`)
  await db.run(sql`ALTER TABLE \`_choices_v\` DROP COLUMN \`version_publishat_tz\`;`)
  await db.run(sql`ALTER TABLE \`_choices_v\` DROP COLUMN \`version_unpublishat_tz\`;`)
  await db.run(sql`ALTER TABLE \`_choices_v_locales\` DROP COLUMN \`version_publish_at\`;`)
  await db.run(sql`ALTER TABLE \`_choices_v_locales\` DROP COLUMN \`version_unpublish_at\`;`)
  await db.run(sql`ALTER TABLE \`advice\` DROP COLUMN \`publishat_tz\`;`)
  await db.run(sql`ALTER TABLE \`advice\` DROP COLUMN \`unpublishat_tz\`;`)
  await db.run(sql`ALTER TABLE \`advice_locales\` DROP COLUMN \`publish_at\`;`)
  await db.run(sql`ALTER TABLE \`advice_locales\` DROP COLUMN \`unpublish_at\`;`)
  await db.run(sql`ALTER TABLE \`_advice_v\` DROP COLUMN \`version_publishat_tz\`;`)
  await db.run(sql`ALTER TABLE \`_advice_v\` DROP COLUMN \`version_unpublishat_tz\`;`)
  await db.run(sql`ALTER TABLE \`_advice_v_locales\` DROP COLUMN \`version_publish_at\`;`)
  await db.run(sql`ALTER TABLE \`_advice_v_locales\` DROP COLUMN \`version_unpublish_at\`;`)
  await db.run(sql`ALTER TABLE \`resources\` DROP COLUMN \`publishat_tz\`;`)
  await db.run(sql`ALTER TABLE \`resources\` DROP COLUMN \`unpublishat_tz\`;`)
  await db.run(sql`ALTER TABLE \`resources_locales\` DROP COLUMN \`publish_at\`;`)
  await db.run(sql`ALTER TABLE \`resources_locales\` DROP COLUMN \`unpublish_at\`;`)
  await db.run(sql`ALTER TABLE \`_resources_v\` DROP COLUMN \`version_publishat_tz\`;`)
  await db.run(sql`ALTER TABLE \`_resources_v\` DROP COLUMN \`version_unpublishat_tz\`;`)
  await db.run(sql`ALTER TABLE \`_resources_v_locales\` DROP COLUMN \`version_publish_at\`;`)
  await db.run(sql`ALTER TABLE \`_resources_v_locales\` DROP COLUMN \`version_unpublish_at\`;`)
  await db.run(sql`ALTER TABLE \`maturity_levels\` DROP COLUMN \`publishat_tz\`;`)
  await db.run(sql`ALTER TABLE \`maturity_levels\` DROP COLUMN \`unpublishat_tz\`;`)
  await db.run(sql`ALTER TABLE \`maturity_levels_locales\` DROP COLUMN \`publish_at\`;`)
  await db.run(sql`ALTER TABLE \`maturity_levels_locales\` DROP COLUMN \`unpublish_at\`;`)
  await db.run(sql`ALTER TABLE \`_maturity_levels_v\` DROP COLUMN \`version_publishat_tz\`;`)
  await db.run(sql`ALTER TABLE \`_maturity_levels_v\` DROP COLUMN \`version_unpublishat_tz\`;`)
  await db.run(sql`ALTER TABLE \`_maturity_levels_v_locales\` DROP COLUMN \`version_publish_at\`;`)
  await db.run(sql`ALTER TABLE \`_maturity_levels_v_locales\` DROP COLUMN \`version_unpublish_at\`;`)
}
