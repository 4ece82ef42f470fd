import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'

type Model = {
  createIndexes: () => Promise<void>
  collection: { updateMany: (filter: object, update: object, options?: object) => Promise<unknown> }
}

/**
 * Mirrors 20261205_222850_claims of migrations/sqlite: the claims' unique key index exists
 * before the first claim (the unique index is what makes a claim atomic: src/cms/instances/claims.ts),
 * not whenever Mongoose's background build gets to it; the schedules' former claim field goes.
 */
export async function up({ payload, session }: MigrateUpArgs): Promise<void> {
  const { collections } = payload.db as unknown as { collections: Record<string, Model> }
  await collections.claims.createIndexes()
  await collections.schedules.collection.updateMany({}, { $unset: { claim: '' } }, { session })
}

/** Nothing to put back: a pending schedule without a claim is one no runner has taken. */
export async function down(_args: MigrateDownArgs): Promise<void> {}
