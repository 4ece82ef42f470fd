import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'

type Model = { createIndexes: () => Promise<void> }

/**
 * Mirrors 20261206_052528_comments of migrations/sqlite: the comments' indexes (by document,
 * language, thread, author) exist before the first comment, not whenever Mongoose's background
 * build gets to them. The collection itself is created by its first insert.
 */
export async function up({ payload }: MigrateUpArgs): Promise<void> {
  const { collections } = payload.db as unknown as { collections: Record<string, Model> }
  await collections.comments.createIndexes()
}

/** Nothing to take back: an unused collection with its indexes. */
export async function down(_args: MigrateDownArgs): Promise<void> {}
