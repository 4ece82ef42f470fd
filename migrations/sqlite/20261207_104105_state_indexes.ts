import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(
    sql`CREATE INDEX \`scope_locale_status_idx\` ON \`translation_states\` (\`scope\`,\`locale\`,\`status\`);`,
  )
  await db.run(sql`CREATE INDEX \`scope_document_idx\` ON \`translation_states\` (\`scope\`,\`document\`);`)
  await db.run(sql`CREATE INDEX \`scope_document_1_idx\` ON \`publishing_states\` (\`scope\`,\`document\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`scope_locale_status_idx\`;`)
  await db.run(sql`DROP INDEX \`scope_document_idx\`;`)
  await db.run(sql`DROP INDEX \`scope_document_1_idx\`;`)
}
