import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'

/**
 * Mirrors 20261130_014740_scheduled_publishing of migrations/sqlite: the schedules' indexes (the
 * runner reads pending ones by time) exist before the first schedule. The documents' new
 * `publishAt` and `unpublishAt` fields need nothing on MongoDB.
 */
export async function up({ payload }: MigrateUpArgs): Promise<void> {
  const db = payload.db as unknown as { collections: Record<string, { createIndexes: () => Promise<void> }> }
  await db.collections.schedules.createIndexes()
}

export async function down(_args: MigrateDownArgs): Promise<void> {
  // Nothing to undo: the collection is dropped with its data if ever needed.
}
