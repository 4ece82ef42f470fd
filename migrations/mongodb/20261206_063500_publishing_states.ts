import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'

type Model = { createIndexes: () => Promise<void> }

/**
 * Mirrors 20261206_063339_publishing_states of migrations/sqlite: the publishing states' unique
 * key and the indexes lists read them by, and each language's review state indexed on the
 * documents and their versions, exist before the first state is stored. `createIndexes` builds
 * what a model declares and is missing, so the models are asked whole. (The states of content
 * written before them are stored by `npm start`, src/cli/prepare-database.ts, once every
 * migration ran.)
 */
export async function up({ payload }: MigrateUpArgs): Promise<void> {
  const db = payload.db as unknown as { collections: Record<string, Model>; versions: Record<string, Model> }
  await db.collections['publishing-states'].createIndexes()
  for (const model of [...Object.values(db.collections), ...Object.values(db.versions)]) await model.createIndexes()
}

export async function down(_args: MigrateDownArgs): Promise<void> {
  // Nothing to undo: the collection is dropped with its data if ever needed; the indexes only speed reads.
}
