import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'

type Model = { createIndexes: () => Promise<void> }

const models = (args: MigrateUpArgs | MigrateDownArgs) =>
  (args.payload.db as unknown as { collections: Record<string, Model> }).collections

/**
 * Mirrors 20261207_104105_state_indexes of migrations/sqlite: the translation and publishing
 * states' compound indexes (a list's rows by scope and document, the counts by scope, language
 * and state), built from the collections' own declarations.
 */
export async function up(args: MigrateUpArgs): Promise<void> {
  await models(args)['translation-states'].createIndexes()
  await models(args)['publishing-states'].createIndexes()
}

/** Nothing to take back: an index more is harmless to the code before it. */
export async function down(_args: MigrateDownArgs): Promise<void> {}
