import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'

type Model = { createIndexes: () => Promise<void> }

/**
 * Mirrors 20261206_161320_translation_memory of migrations/sqlite: the translation memory's
 * unique key and the indexes its lookups and its fill read by exist before the first pair is
 * remembered. (The pairs of content published before it are remembered by `npm start`,
 * src/cli/prepare-database.ts, once every migration ran.)
 */
export async function up({ payload }: MigrateUpArgs): Promise<void> {
  const db = payload.db as unknown as { collections: Record<string, Model> }
  await db.collections['translation-memory-pairs'].createIndexes()
}

export async function down(_args: MigrateDownArgs): Promise<void> {
  // Nothing to undo: the collection is dropped with its data if ever needed; the indexes only speed reads.
}
