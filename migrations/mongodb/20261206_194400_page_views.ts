import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'

type Model = { createIndexes: () => Promise<void> }

/**
 * Mirrors 20261206_194333_page_views of migrations/sqlite: the read counts' unique key and week
 * index exist before the first count is written. The collection itself is created by its first insert.
 */
export async function up({ payload }: MigrateUpArgs): Promise<void> {
  const { collections } = payload.db as unknown as { collections: Record<string, Model> }
  await collections['page-views'].createIndexes()
}

/** Nothing to take back: an unused collection with its indexes. */
export async function down(_args: MigrateDownArgs): Promise<void> {}
