import { randomUUID } from 'node:crypto'
import { isIP } from 'node:net'

import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Failed sign-ins move out of the activity log into their own collection
 * (collections/SignInFailures), one entry per address, account and minute. The log's old
 * entries, one per attempt with the typed e-mail address as the person, are folded into it:
 * their address and time are kept; the typed text only names an account that exists.
 * Mirrored by 20261205_131700_sign_in_failures of migrations/mongodb.
 */
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`sign_in_failures\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`minute\` text NOT NULL,
  	\`address\` text NOT NULL,
  	\`account_id\` text(36),
  	\`account_name\` text,
  	\`count\` numeric NOT NULL,
  	\`key\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`account_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`sign_in_failures_minute_idx\` ON \`sign_in_failures\` (\`minute\`);`)
  await db.run(sql`CREATE INDEX \`sign_in_failures_address_idx\` ON \`sign_in_failures\` (\`address\`);`)
  await db.run(sql`CREATE INDEX \`sign_in_failures_account_idx\` ON \`sign_in_failures\` (\`account_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`sign_in_failures_key_idx\` ON \`sign_in_failures\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`sign_in_failures_updated_at_idx\` ON \`sign_in_failures\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sign_in_failures_created_at_idx\` ON \`sign_in_failures\` (\`created_at\`);`)
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`sign_in_failures_id\` text(36) REFERENCES sign_in_failures(id) ON DELETE cascade;`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_sign_in_failures_id_idx\` ON \`payload_locked_documents_rels\` (\`sign_in_failures_id\`);`,
  )
  await foldOldSignInFailures(db)
}

type Db = MigrateUpArgs['db']

async function foldOldSignInFailures(db: Db): Promise<void> {
  const old = await db.all<{ created_at: string; person_name: string | null; details: string | null }>(
    sql`SELECT created_at, person_name, details FROM activity_log WHERE action = 'sign_in_failed'`,
  )
  if (old.length === 0) return
  const users = await db.all<{ id: string; email: string }>(sql`SELECT id, email FROM users`)
  const accounts = new Map(users.map((user) => [user.email.toLowerCase(), user]))
  const entries = new Map<
    string,
    {
      minute: string
      address: string
      account: { id: string; email: string } | null
      count: number
      first: string
      last: string
    }
  >()
  for (const row of old) {
    const minute = new Date(Math.floor(Date.parse(row.created_at) / 60_000) * 60_000).toISOString()
    let tried: unknown
    try {
      tried = (JSON.parse(row.details ?? 'null') as { address?: unknown } | null)?.address
    } catch {
      tried = undefined
    }
    const address = typeof tried === 'string' && isIP(tried) ? tried : 'bilinmeyen adres'
    const account = accounts.get((row.person_name ?? '').toLowerCase().trim()) ?? null
    const key = `${minute} ${address} ${account?.id ?? '-'}`
    const entry = entries.get(key) ?? {
      minute,
      address,
      account,
      count: 0,
      first: row.created_at,
      last: row.created_at,
    }
    entry.count += 1
    if (Date.parse(row.created_at) < Date.parse(entry.first)) entry.first = row.created_at
    if (Date.parse(row.created_at) > Date.parse(entry.last)) entry.last = row.created_at
    entries.set(key, entry)
  }
  for (const [key, entry] of entries)
    await db.run(
      sql`INSERT INTO sign_in_failures (id, minute, address, account_id, account_name, count, key, updated_at, created_at)
        VALUES (${randomUUID()}, ${entry.minute}, ${entry.address}, ${entry.account?.id ?? null},
          ${entry.account?.email ?? 'bilinmeyen hesap'}, ${entry.count}, ${key}, ${entry.last}, ${entry.first})`,
    )
  await db.run(sql`DELETE FROM activity_log WHERE action = 'sign_in_failed'`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`sign_in_failures\`;`)
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
  	\`schedules_id\` text(36),
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
  	FOREIGN KEY (\`activity_log_id\`) REFERENCES \`activity_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`schedules_id\`) REFERENCES \`schedules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "areas_id", "questions_id", "choices_id", "advice_id", "resources_id", "maturity_levels_id", "users_id", "link_checks_id", "translation_states_id", "activity_log_id", "schedules_id") SELECT "id", "order", "parent_id", "path", "areas_id", "questions_id", "choices_id", "advice_id", "resources_id", "maturity_levels_id", "users_id", "link_checks_id", "translation_states_id", "activity_log_id", "schedules_id" FROM \`payload_locked_documents_rels\`;`,
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
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_schedules_id_idx\` ON \`payload_locked_documents_rels\` (\`schedules_id\`);`,
  )
}
