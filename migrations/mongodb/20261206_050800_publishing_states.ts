import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'

/**
 * Mirrors 20261206_050738_publishing_states of migrations/sqlite: the unique index on each
 * state's key, and those lists read by, exist before the first state is stored. (The states of
 * content written before them are stored by `npm start`, src/cli/prepare-database.ts, once every
 * migration ran.)
 */
export async function up({ payload }: MigrateUpArgs): Promise<void> {
  const db = payload.db as unknown as { collections: Record<string, { createIndexes: () => Promise<void> }> }
  await db.collections['publishing-states'].createIndexes()
}

export async function down(_args: MigrateDownArgs): Promise<void> {
  // Nothing to undo: the collection is dropped with its data if ever needed.
}
