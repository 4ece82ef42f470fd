import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`areas\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`order\` numeric DEFAULT 0,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`areas_slug_idx\` ON \`areas\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`areas_updated_at_idx\` ON \`areas\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`areas_created_at_idx\` ON \`areas\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`areas__status_idx\` ON \`areas\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`areas_locales\` (
  	\`title\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`areas\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`areas_locales_locale_parent_id_unique\` ON \`areas_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`areas_locales_parent_lookup_idx\` ON \`areas_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_areas_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_slug\` text,
  	\`version_order\` numeric DEFAULT 0,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`areas\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_areas_v_parent_idx\` ON \`_areas_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_areas_v_version_version_slug_idx\` ON \`_areas_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_areas_v_version_version_updated_at_idx\` ON \`_areas_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_areas_v_version_version_created_at_idx\` ON \`_areas_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_areas_v_version_version__status_idx\` ON \`_areas_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_areas_v_created_at_idx\` ON \`_areas_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_areas_v_updated_at_idx\` ON \`_areas_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_areas_v_snapshot_idx\` ON \`_areas_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_areas_v_published_locale_idx\` ON \`_areas_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_areas_v_latest_idx\` ON \`_areas_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_areas_v_locales\` (
  	\`version_title\` text,
  	\`version_description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_areas_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_areas_v_locales_locale_parent_id_unique\` ON \`_areas_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`_areas_v_locales_parent_lookup_idx\` ON \`_areas_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`questions\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`number\` numeric,
  	\`area_id\` text(36),
  	\`order\` numeric DEFAULT 0,
  	\`source_path\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`area_id\`) REFERENCES \`areas\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`questions_number_idx\` ON \`questions\` (\`number\`);`)
  await db.run(sql`CREATE INDEX \`questions_area_idx\` ON \`questions\` (\`area_id\`);`)
  await db.run(sql`CREATE INDEX \`questions_updated_at_idx\` ON \`questions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`questions_created_at_idx\` ON \`questions\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`questions__status_idx\` ON \`questions\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`questions_locales\` (
  	\`text\` text,
  	\`explanation\` text,
  	\`source_hash\` text,
  	\`source_content_hash\` text,
  	\`source_imported_at\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`questions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`questions_locales_locale_parent_id_unique\` ON \`questions_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`questions_locales_parent_lookup_idx\` ON \`questions_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_questions_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_number\` numeric,
  	\`version_area_id\` text(36),
  	\`version_order\` numeric DEFAULT 0,
  	\`version_source_path\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`questions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_area_id\`) REFERENCES \`areas\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_questions_v_parent_idx\` ON \`_questions_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_questions_v_version_version_number_idx\` ON \`_questions_v\` (\`version_number\`);`)
  await db.run(sql`CREATE INDEX \`_questions_v_version_version_area_idx\` ON \`_questions_v\` (\`version_area_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_questions_v_version_version_updated_at_idx\` ON \`_questions_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_questions_v_version_version_created_at_idx\` ON \`_questions_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_questions_v_version_version__status_idx\` ON \`_questions_v\` (\`version__status\`);`,
  )
  await db.run(sql`CREATE INDEX \`_questions_v_created_at_idx\` ON \`_questions_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_questions_v_updated_at_idx\` ON \`_questions_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_questions_v_snapshot_idx\` ON \`_questions_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_questions_v_published_locale_idx\` ON \`_questions_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_questions_v_latest_idx\` ON \`_questions_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_questions_v_locales\` (
  	\`version_text\` text,
  	\`version_explanation\` text,
  	\`version_source_hash\` text,
  	\`version_source_content_hash\` text,
  	\`version_source_imported_at\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_questions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_questions_v_locales_locale_parent_id_unique\` ON \`_questions_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_questions_v_locales_parent_lookup_idx\` ON \`_questions_v_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`choices\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`question_id\` text(36),
  	\`number\` numeric,
  	\`maturity\` text,
  	\`question_number\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`question_id\`) REFERENCES \`questions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`choices_question_idx\` ON \`choices\` (\`question_id\`);`)
  await db.run(sql`CREATE INDEX \`choices_question_number_idx\` ON \`choices\` (\`question_number\`);`)
  await db.run(sql`CREATE INDEX \`choices_updated_at_idx\` ON \`choices\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`choices_created_at_idx\` ON \`choices\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`choices__status_idx\` ON \`choices\` (\`_status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`question_number_idx\` ON \`choices\` (\`question_id\`,\`number\`);`)
  await db.run(sql`CREATE TABLE \`choices_locales\` (
  	\`label\` text,
  	\`title\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`choices\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`choices_locales_locale_parent_id_unique\` ON \`choices_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`choices_locales_parent_lookup_idx\` ON \`choices_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_choices_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_question_id\` text(36),
  	\`version_number\` numeric,
  	\`version_maturity\` text,
  	\`version_question_number\` numeric,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`choices\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_question_id\`) REFERENCES \`questions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_choices_v_parent_idx\` ON \`_choices_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_choices_v_version_version_question_idx\` ON \`_choices_v\` (\`version_question_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_choices_v_version_version_question_number_idx\` ON \`_choices_v\` (\`version_question_number\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_choices_v_version_version_updated_at_idx\` ON \`_choices_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_choices_v_version_version_created_at_idx\` ON \`_choices_v\` (\`version_created_at\`);`,
  )
  await db.run(sql`CREATE INDEX \`_choices_v_version_version__status_idx\` ON \`_choices_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_choices_v_created_at_idx\` ON \`_choices_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_choices_v_updated_at_idx\` ON \`_choices_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_choices_v_snapshot_idx\` ON \`_choices_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_choices_v_published_locale_idx\` ON \`_choices_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_choices_v_latest_idx\` ON \`_choices_v\` (\`latest\`);`)
  await db.run(
    sql`CREATE INDEX \`version_question_version_number_idx\` ON \`_choices_v\` (\`version_question_id\`,\`version_number\`);`,
  )
  await db.run(sql`CREATE TABLE \`_choices_v_locales\` (
  	\`version_label\` text,
  	\`version_title\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_choices_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_choices_v_locales_locale_parent_id_unique\` ON \`_choices_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`_choices_v_locales_parent_lookup_idx\` ON \`_choices_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`advice\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`choice_id\` text(36),
  	\`question_number\` numeric,
  	\`choice_number\` numeric,
  	\`title\` text,
  	\`source_path\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`choice_id\`) REFERENCES \`choices\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`advice_choice_idx\` ON \`advice\` (\`choice_id\`);`)
  await db.run(sql`CREATE INDEX \`advice_question_number_idx\` ON \`advice\` (\`question_number\`);`)
  await db.run(sql`CREATE INDEX \`advice_updated_at_idx\` ON \`advice\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`advice_created_at_idx\` ON \`advice\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`advice__status_idx\` ON \`advice\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`advice_locales\` (
  	\`body\` text,
  	\`source_hash\` text,
  	\`source_content_hash\` text,
  	\`source_imported_at\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`advice\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`advice_locales_locale_parent_id_unique\` ON \`advice_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`advice_locales_parent_lookup_idx\` ON \`advice_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`advice_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`resources_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`advice\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`resources_id\`) REFERENCES \`resources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`advice_rels_order_idx\` ON \`advice_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`advice_rels_parent_idx\` ON \`advice_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`advice_rels_path_idx\` ON \`advice_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`advice_rels_resources_id_idx\` ON \`advice_rels\` (\`resources_id\`);`)
  await db.run(sql`CREATE TABLE \`_advice_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_choice_id\` text(36),
  	\`version_question_number\` numeric,
  	\`version_choice_number\` numeric,
  	\`version_title\` text,
  	\`version_source_path\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`advice\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_choice_id\`) REFERENCES \`choices\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_advice_v_parent_idx\` ON \`_advice_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_advice_v_version_version_choice_idx\` ON \`_advice_v\` (\`version_choice_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_advice_v_version_version_question_number_idx\` ON \`_advice_v\` (\`version_question_number\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_advice_v_version_version_updated_at_idx\` ON \`_advice_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_advice_v_version_version_created_at_idx\` ON \`_advice_v\` (\`version_created_at\`);`,
  )
  await db.run(sql`CREATE INDEX \`_advice_v_version_version__status_idx\` ON \`_advice_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_advice_v_created_at_idx\` ON \`_advice_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_advice_v_updated_at_idx\` ON \`_advice_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_advice_v_snapshot_idx\` ON \`_advice_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_advice_v_published_locale_idx\` ON \`_advice_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_advice_v_latest_idx\` ON \`_advice_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_advice_v_autosave_idx\` ON \`_advice_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_advice_v_locales\` (
  	\`version_body\` text,
  	\`version_source_hash\` text,
  	\`version_source_content_hash\` text,
  	\`version_source_imported_at\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_advice_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_advice_v_locales_locale_parent_id_unique\` ON \`_advice_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`_advice_v_locales_parent_lookup_idx\` ON \`_advice_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_advice_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`resources_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_advice_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`resources_id\`) REFERENCES \`resources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_advice_v_rels_order_idx\` ON \`_advice_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_advice_v_rels_parent_idx\` ON \`_advice_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_advice_v_rels_path_idx\` ON \`_advice_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_advice_v_rels_resources_id_idx\` ON \`_advice_v_rels\` (\`resources_id\`);`)
  await db.run(sql`CREATE TABLE \`resources\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`url\` text,
  	\`kind\` text,
  	\`publisher\` text,
  	\`language\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`resources_url_idx\` ON \`resources\` (\`url\`);`)
  await db.run(sql`CREATE INDEX \`resources_updated_at_idx\` ON \`resources\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`resources_created_at_idx\` ON \`resources\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`resources__status_idx\` ON \`resources\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`resources_locales\` (
  	\`title\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`resources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`resources_locales_locale_parent_id_unique\` ON \`resources_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`resources_locales_parent_lookup_idx\` ON \`resources_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_resources_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_url\` text,
  	\`version_kind\` text,
  	\`version_publisher\` text,
  	\`version_language\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`resources\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_resources_v_parent_idx\` ON \`_resources_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_resources_v_version_version_url_idx\` ON \`_resources_v\` (\`version_url\`);`)
  await db.run(
    sql`CREATE INDEX \`_resources_v_version_version_updated_at_idx\` ON \`_resources_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_resources_v_version_version_created_at_idx\` ON \`_resources_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_resources_v_version_version__status_idx\` ON \`_resources_v\` (\`version__status\`);`,
  )
  await db.run(sql`CREATE INDEX \`_resources_v_created_at_idx\` ON \`_resources_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_resources_v_updated_at_idx\` ON \`_resources_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_resources_v_snapshot_idx\` ON \`_resources_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_resources_v_published_locale_idx\` ON \`_resources_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_resources_v_latest_idx\` ON \`_resources_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_resources_v_locales\` (
  	\`version_title\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_resources_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_resources_v_locales_locale_parent_id_unique\` ON \`_resources_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_resources_v_locales_parent_lookup_idx\` ON \`_resources_v_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`users_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_languages_order_idx\` ON \`users_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_languages_parent_idx\` ON \`users_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`role\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`areas_id\` text(36),
  	\`questions_id\` text(36),
  	\`choices_id\` text(36),
  	\`advice_id\` text(36),
  	\`resources_id\` text(36),
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`areas_id\`) REFERENCES \`areas\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`questions_id\`) REFERENCES \`questions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`choices_id\`) REFERENCES \`choices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`advice_id\`) REFERENCES \`advice\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`resources_id\`) REFERENCES \`resources\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
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
    sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(
    sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`site_texts\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`site_texts__status_idx\` ON \`site_texts\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`site_texts_locales\` (
  	\`intro_title\` text,
  	\`intro\` text,
  	\`description\` text,
  	\`footer\` text,
  	\`about_title\` text,
  	\`about\` text,
  	\`accessibility_title\` text,
  	\`accessibility\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_texts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`site_texts_locales_locale_parent_id_unique\` ON \`site_texts_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`site_texts_locales_parent_lookup_idx\` ON \`site_texts_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_site_texts_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`version__status\` text DEFAULT 'draft',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_site_texts_v_version_version__status_idx\` ON \`_site_texts_v\` (\`version__status\`);`,
  )
  await db.run(sql`CREATE INDEX \`_site_texts_v_created_at_idx\` ON \`_site_texts_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_site_texts_v_updated_at_idx\` ON \`_site_texts_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_site_texts_v_snapshot_idx\` ON \`_site_texts_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_site_texts_v_published_locale_idx\` ON \`_site_texts_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_site_texts_v_latest_idx\` ON \`_site_texts_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_site_texts_v_locales\` (
  	\`version_intro_title\` text,
  	\`version_intro\` text,
  	\`version_description\` text,
  	\`version_footer\` text,
  	\`version_about_title\` text,
  	\`version_about\` text,
  	\`version_accessibility_title\` text,
  	\`version_accessibility\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_site_texts_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_site_texts_v_locales_locale_parent_id_unique\` ON \`_site_texts_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_site_texts_v_locales_parent_lookup_idx\` ON \`_site_texts_v_locales\` (\`_parent_id\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`areas\`;`)
  await db.run(sql`DROP TABLE \`areas_locales\`;`)
  await db.run(sql`DROP TABLE \`_areas_v\`;`)
  await db.run(sql`DROP TABLE \`_areas_v_locales\`;`)
  await db.run(sql`DROP TABLE \`questions\`;`)
  await db.run(sql`DROP TABLE \`questions_locales\`;`)
  await db.run(sql`DROP TABLE \`_questions_v\`;`)
  await db.run(sql`DROP TABLE \`_questions_v_locales\`;`)
  await db.run(sql`DROP TABLE \`choices\`;`)
  await db.run(sql`DROP TABLE \`choices_locales\`;`)
  await db.run(sql`DROP TABLE \`_choices_v\`;`)
  await db.run(sql`DROP TABLE \`_choices_v_locales\`;`)
  await db.run(sql`DROP TABLE \`advice\`;`)
  await db.run(sql`DROP TABLE \`advice_locales\`;`)
  await db.run(sql`DROP TABLE \`advice_rels\`;`)
  await db.run(sql`DROP TABLE \`_advice_v\`;`)
  await db.run(sql`DROP TABLE \`_advice_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_advice_v_rels\`;`)
  await db.run(sql`DROP TABLE \`resources\`;`)
  await db.run(sql`DROP TABLE \`resources_locales\`;`)
  await db.run(sql`DROP TABLE \`_resources_v\`;`)
  await db.run(sql`DROP TABLE \`_resources_v_locales\`;`)
  await db.run(sql`DROP TABLE \`users_languages\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`site_texts\`;`)
  await db.run(sql`DROP TABLE \`site_texts_locales\`;`)
  await db.run(sql`DROP TABLE \`_site_texts_v\`;`)
  await db.run(sql`DROP TABLE \`_site_texts_v_locales\`;`)
}
