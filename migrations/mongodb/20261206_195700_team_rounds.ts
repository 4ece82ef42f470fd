import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'

type Model = {
  createIndexes: () => Promise<void>
  collection: {
    updateMany: (filter: object, update: object | object[], options?: object) => Promise<unknown>
    dropIndex: (name: string, options?: object) => Promise<unknown>
  }
}

const models = (args: MigrateUpArgs | MigrateDownArgs) =>
  (args.payload.db as unknown as { collections: Record<string, Model> }).collections

/**
 * Mirrors 20261206_195652_team_rounds of migrations/sqlite: a team's rounds
 * (src/site/team/rounds.ts) get their indexes before the first round is started: `series`, and
 * `previousRound` unique (sparse, as Payload declares a unique field that is not required: a
 * team's first round has none). Every team from before rounds is a team of one round, its series
 * its own id.
 */
export async function up(args: MigrateUpArgs): Promise<void> {
  const { session } = args
  const teams = models(args)['team-assessments']
  await teams.createIndexes()
  await teams.collection.updateMany({ series: { $exists: false } }, [{ $set: { series: { $toString: '$_id' } } }], {
    session,
  })
}

/** The fields go; each round stays a team of its own. */
export async function down(args: MigrateDownArgs): Promise<void> {
  const { session } = args
  const teams = models(args)['team-assessments']
  await teams.collection.updateMany({}, { $unset: { series: '', previousRound: '' } }, { session })
  for (const name of ['series_1', 'previousRound_1'])
    await teams.collection.dropIndex(name, { session }).catch(() => undefined)
}
