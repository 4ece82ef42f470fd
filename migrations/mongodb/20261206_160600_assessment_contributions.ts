import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'

type Model = { createIndexes: () => Promise<void> }

/**
 * Mirrors 20261206_160518_assessment_contributions of migrations/sqlite: the anonymous
 * contributions' month index exists before the first one. The collection itself is created by
 * its first insert.
 */
export async function up({ payload }: MigrateUpArgs): Promise<void> {
  const { collections } = payload.db as unknown as { collections: Record<string, Model> }
  await collections['assessment-contributions'].createIndexes()
}

/** Nothing to take back: an unused collection with its index. */
export async function down(_args: MigrateDownArgs): Promise<void> {}
