import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'

/**
 * MongoDB has no tables to create, but the schema's unique indexes (question number,
 * resource URL, one advice per choice, one choice number per question) must exist before
 * the first write, not whenever Mongoose's background index build gets to them.
 * Mirrors the initial migration of migrations/sqlite.
 */
export async function up({ payload }: MigrateUpArgs): Promise<void> {
  const db = payload.db as unknown as {
    collections: Record<string, { createIndexes: () => Promise<void> }>
    versions: Record<string, { createIndexes: () => Promise<void> }>
  }
  for (const model of [...Object.values(db.collections), ...Object.values(db.versions)]) {
    await model.createIndexes()
  }
}

export async function down(_args: MigrateDownArgs): Promise<void> {
  // Indexes are part of the schema; there is nothing earlier to return to.
}
