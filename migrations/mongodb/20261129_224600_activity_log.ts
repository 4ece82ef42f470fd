import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'

/** Mirrors 20261129_224550_activity_log of migrations/sqlite: the log's indexes exist before its first entry. */
export async function up({ payload }: MigrateUpArgs): Promise<void> {
  const db = payload.db as unknown as { collections: Record<string, { createIndexes: () => Promise<void> }> }
  await db.collections['activity-log'].createIndexes()
}

export async function down(_args: MigrateDownArgs): Promise<void> {
  // Nothing to undo: the collection is dropped with its data if ever needed.
}
