import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'

/**
 * Mirrors 20261129_192908_translation_states of migrations/sqlite: the unique index on each
 * state's key exists before the first state is stored. (The states of content written before
 * them are recorded by `npm start`, src/cli/prepare-database.ts, once every migration ran.)
 */
export async function up({ payload }: MigrateUpArgs): Promise<void> {
  const db = payload.db as unknown as { collections: Record<string, { createIndexes: () => Promise<void> }> }
  await db.collections['translation-states'].createIndexes()
}

export async function down(_args: MigrateDownArgs): Promise<void> {
  // Nothing to undo: the collection is dropped with its data if ever needed.
}
