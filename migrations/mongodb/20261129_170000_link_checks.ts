import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'

/**
 * Mirrors 20261129_165710_link_checks of migrations/sqlite: the link checks' unique index on
 * their resource exists before the first check is stored. (The content stamp, also new, is a
 * global: MongoDB keeps globals in one collection and needs nothing.)
 */
export async function up({ payload }: MigrateUpArgs): Promise<void> {
  const db = payload.db as unknown as { collections: Record<string, { createIndexes: () => Promise<void> }> }
  await db.collections['link-checks'].createIndexes()
}

export async function down(_args: MigrateDownArgs): Promise<void> {
  // Nothing to undo: the collection is dropped with its data if ever needed.
}
