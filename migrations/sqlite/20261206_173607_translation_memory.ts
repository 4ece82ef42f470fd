import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * The translation memory (collections/TranslationMemory): one row per published paragraph pair.
 * The pairs of content published before it are remembered by `npm start` once every migration
 * ran (src/cms/translation-memory/backfill.ts), as the publishing states are.
 * Mirrored by 20261206_161400_translation_memory of migrations/mongodb.
 */

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`translation_memory_pairs\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`locale\` text NOT NULL,
  	\`scope\` text NOT NULL,
  	\`document\` text NOT NULL,
  	\`field\` text NOT NULL,
  	\`source\` text NOT NULL,
  	\`target\` text NOT NULL,
  	\`published_at\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`translation_memory_pairs_key_idx\` ON \`translation_memory_pairs\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`translation_memory_pairs_locale_idx\` ON \`translation_memory_pairs\` (\`locale\`);`)
  await db.run(
    sql`CREATE INDEX \`translation_memory_pairs_document_idx\` ON \`translation_memory_pairs\` (\`document\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`translation_memory_pairs_updated_at_idx\` ON \`translation_memory_pairs\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`translation_memory_pairs_created_at_idx\` ON \`translation_memory_pairs\` (\`created_at\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`translation_memory_pairs_id\` text(36) REFERENCES translation_memory_pairs(id) ON DELETE cascade;`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_translation_memory_pairs_i_idx\` ON \`payload_locked_documents_rels\` (\`translation_memory_pairs_id\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`translation_memory_pairs\`;`)
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
  	\`publishing_states_id\` text(36),
  	\`activity_log_id\` text(36),
  	\`sign_in_failures_id\` text(36),
  	\`schedules_id\` text(36),
  	\`claims_id\` text(36),
  	\`outbox_id\` text(36),
  	\`notifications_id\` text(36),
  	\`comments_id\` text(36),
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
  	FOREIGN KEY (\`publishing_states_id\`) REFERENCES \`publishing_states\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`activity_log_id\`) REFERENCES \`activity_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sign_in_failures_id\`) REFERENCES \`sign_in_failures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`schedules_id\`) REFERENCES \`schedules\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`claims_id\`) REFERENCES \`claims\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`outbox_id\`) REFERENCES \`outbox\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`notifications_id\`) REFERENCES \`notifications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`comments_id\`) REFERENCES \`comments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "areas_id", "questions_id", "choices_id", "advice_id", "resources_id", "maturity_levels_id", "users_id", "link_checks_id", "translation_states_id", "publishing_states_id", "activity_log_id", "sign_in_failures_id", "schedules_id", "claims_id", "outbox_id", "notifications_id", "comments_id") SELECT "id", "order", "parent_id", "path", "areas_id", "questions_id", "choices_id", "advice_id", "resources_id", "maturity_levels_id", "users_id", "link_checks_id", "translation_states_id", "publishing_states_id", "activity_log_id", "sign_in_failures_id", "schedules_id", "claims_id", "outbox_id", "notifications_id", "comments_id" FROM \`payload_locked_documents_rels\`;`,
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
    sql`CREATE INDEX \`payload_locked_documents_rels_publishing_states_id_idx\` ON \`payload_locked_documents_rels\` (\`publishing_states_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_activity_log_id_idx\` ON \`payload_locked_documents_rels\` (\`activity_log_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_sign_in_failures_id_idx\` ON \`payload_locked_documents_rels\` (\`sign_in_failures_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_schedules_id_idx\` ON \`payload_locked_documents_rels\` (\`schedules_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_claims_id_idx\` ON \`payload_locked_documents_rels\` (\`claims_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_outbox_id_idx\` ON \`payload_locked_documents_rels\` (\`outbox_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_notifications_id_idx\` ON \`payload_locked_documents_rels\` (\`notifications_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_comments_id_idx\` ON \`payload_locked_documents_rels\` (\`comments_id\`);`,
  )
}
