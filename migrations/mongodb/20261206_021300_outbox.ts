import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'

type Model = { createIndexes: () => Promise<void> }

/**
 * Mirrors 20261206_021532_outbox of migrations/sqlite: the outbox's indexes (its unique Message-ID
 * among them) exist before the first message is queued, not whenever Mongoose's background build
 * gets to them. The collection itself is created by its first insert.
 */
export async function up({ payload }: MigrateUpArgs): Promise<void> {
  const { collections } = payload.db as unknown as { collections: Record<string, Model> }
  await collections.outbox.createIndexes()
}

/** Nothing to take back: an unused collection with its indexes. */
export async function down(_args: MigrateDownArgs): Promise<void> {}
