import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'

/**
 * Mirrors 20261205_211141_team_tombstones of migrations/sqlite: the deleted team assessments'
 * tombstones (collections/DeletedTeamAssessments) get their indexes, the unique hash among them,
 * before the first deletion writes one.
 */
export async function up({ payload }: MigrateUpArgs): Promise<void> {
  const db = payload.db as unknown as { collections: Record<string, { createIndexes: () => Promise<void> }> }
  await db.collections['deleted-team-assessments'].createIndexes()
}

export async function down(_args: MigrateDownArgs): Promise<void> {
  // Nothing to undo: the collection is dropped with its data if ever needed.
}
