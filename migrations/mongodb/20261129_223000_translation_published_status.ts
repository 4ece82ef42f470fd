import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'

/**
 * Mirrors 20261129_222748_translation_published_status of migrations/sqlite: the index on the
 * published translation's status, which starts as the newest one's until a document is next saved.
 */
export async function up({ payload }: MigrateUpArgs): Promise<void> {
  const db = payload.db as unknown as {
    collections: Record<
      string,
      {
        createIndexes: () => Promise<void>
        collection: { updateMany: (filter: object, update: object[]) => Promise<unknown> }
      }
    >
  }
  const states = db.collections['translation-states']
  await states.createIndexes()
  await states.collection.updateMany({ publishedStatus: { $exists: false } }, [
    { $set: { publishedStatus: '$status' } },
  ])
}

export async function down(_args: MigrateDownArgs): Promise<void> {
  // Nothing to undo: the field is ignored by older code.
}
