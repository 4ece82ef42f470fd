import { randomUUID } from 'node:crypto'

import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/** The fixed list choices' `maturity` select offered before editors managed the levels. */
const formerLevels: Record<string, { tr: string; en: string }> = {
  '1': { tr: 'Başlangıç', en: 'Starting' },
  '2': { tr: 'Gelişmekte', en: 'Developing' },
  '3': { tr: 'Yerleşik', en: 'Established' },
  '4': { tr: 'İleri', en: 'Advanced' },
}

/**
 * Levels already given with the former select become published levels editors can now
 * rename or reorder, and the choices keep them. (Earlier versions of a choice keep no level.)
 */
export async function carryFormerLevels(db: MigrateUpArgs['db']) {
  const used = await db.all<{ maturity: string }>(
    sql`SELECT DISTINCT \`maturity\` FROM \`choices\` WHERE \`maturity\` IS NOT NULL`,
  )
  for (const { maturity } of used) {
    const label = formerLevels[maturity]
    if (!label) continue
    const id = randomUUID()
    await db.run(
      sql`INSERT INTO \`maturity_levels\` (\`id\`, \`order\`, \`_status\`) VALUES (${id}, ${Number(maturity)}, 'published')`,
    )
    for (const locale of ['tr', 'en'] as const) {
      await db.run(
        sql`INSERT INTO \`maturity_levels_locales\` (\`title\`, \`_locale\`, \`_parent_id\`) VALUES (${label[locale]}, ${locale}, ${id})`,
      )
    }
    await db.run(sql`UPDATE \`choices\` SET \`maturity_id\` = ${id} WHERE \`maturity\` = ${maturity}`)
  }
}

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`maturity_levels\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`order\` numeric DEFAULT 1,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE INDEX \`maturity_levels_updated_at_idx\` ON \`maturity_levels\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`maturity_levels_created_at_idx\` ON \`maturity_levels\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`maturity_levels__status_idx\` ON \`maturity_levels\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`maturity_levels_locales\` (
  	\`title\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`maturity_levels\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`maturity_levels_locales_locale_parent_id_unique\` ON \`maturity_levels_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`maturity_levels_locales_parent_lookup_idx\` ON \`maturity_levels_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_maturity_levels_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_order\` numeric DEFAULT 1,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`maturity_levels\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_maturity_levels_v_parent_idx\` ON \`_maturity_levels_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_maturity_levels_v_version_version_updated_at_idx\` ON \`_maturity_levels_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_maturity_levels_v_version_version_created_at_idx\` ON \`_maturity_levels_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_maturity_levels_v_version_version__status_idx\` ON \`_maturity_levels_v\` (\`version__status\`);`,
  )
  await db.run(sql`CREATE INDEX \`_maturity_levels_v_created_at_idx\` ON \`_maturity_levels_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_maturity_levels_v_updated_at_idx\` ON \`_maturity_levels_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_maturity_levels_v_snapshot_idx\` ON \`_maturity_levels_v\` (\`snapshot\`);`)
  await db.run(
    sql`CREATE INDEX \`_maturity_levels_v_published_locale_idx\` ON \`_maturity_levels_v\` (\`published_locale\`);`,
  )
  await db.run(sql`CREATE INDEX \`_maturity_levels_v_latest_idx\` ON \`_maturity_levels_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_maturity_levels_v_locales\` (
  	\`version_title\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_maturity_levels_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_maturity_levels_v_locales_locale_parent_id_unique\` ON \`_maturity_levels_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_maturity_levels_v_locales_parent_lookup_idx\` ON \`_maturity_levels_v_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`choices\` ADD \`maturity_id\` text(36) REFERENCES maturity_levels(id) ON DELETE set null;`,
  )
  await db.run(sql`CREATE INDEX \`choices_maturity_idx\` ON \`choices\` (\`maturity_id\`);`)
  await carryFormerLevels(db)
  await db.run(sql`ALTER TABLE \`choices\` DROP COLUMN \`maturity\`;`)
  await db.run(
    sql`ALTER TABLE \`_choices_v\` ADD \`version_maturity_id\` text(36) REFERENCES maturity_levels(id) ON DELETE set null;`,
  )
  await db.run(
    sql`CREATE INDEX \`_choices_v_version_version_maturity_idx\` ON \`_choices_v\` (\`version_maturity_id\`);`,
  )
  await db.run(sql`ALTER TABLE \`_choices_v\` DROP COLUMN \`version_maturity\`;`)
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`maturity_levels_id\` text(36) REFERENCES maturity_levels(id) ON DELETE cascade;`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_maturity_levels_id_idx\` ON \`payload_locked_documents_rels\` (\`maturity_levels_id\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`maturity_levels\`;`)
  await db.run(sql`DROP TABLE \`maturity_levels_locales\`;`)
  await db.run(sql`DROP TABLE \`_maturity_levels_v\`;`)
  await db.run(sql`DROP TABLE \`_maturity_levels_v_locales\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_choices\` (
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
  await db.run(
    sql`INSERT INTO \`__new_choices\`("id", "question_id", "number", "maturity", "question_number", "updated_at", "created_at", "_status") SELECT "id", "question_id", "number", "maturity", "question_number", "updated_at", "created_at", "_status" FROM \`choices\`;`,
  )
  await db.run(sql`DROP TABLE \`choices\`;`)
  await db.run(sql`ALTER TABLE \`__new_choices\` RENAME TO \`choices\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`choices_question_idx\` ON \`choices\` (\`question_id\`);`)
  await db.run(sql`CREATE INDEX \`choices_question_number_idx\` ON \`choices\` (\`question_number\`);`)
  await db.run(sql`CREATE INDEX \`choices_updated_at_idx\` ON \`choices\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`choices_created_at_idx\` ON \`choices\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`choices__status_idx\` ON \`choices\` (\`_status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`question_number_idx\` ON \`choices\` (\`question_id\`,\`number\`);`)
  await db.run(sql`CREATE TABLE \`__new__choices_v\` (
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
  await db.run(
    sql`INSERT INTO \`__new__choices_v\`("id", "parent_id", "version_question_id", "version_number", "version_maturity", "version_question_number", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_question_id", "version_number", "version_maturity", "version_question_number", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_choices_v\`;`,
  )
  await db.run(sql`DROP TABLE \`_choices_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__choices_v\` RENAME TO \`_choices_v\`;`)
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
    sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "areas_id", "questions_id", "choices_id", "advice_id", "resources_id", "users_id") SELECT "id", "order", "parent_id", "path", "areas_id", "questions_id", "choices_id", "advice_id", "resources_id", "users_id" FROM \`payload_locked_documents_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
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
}
