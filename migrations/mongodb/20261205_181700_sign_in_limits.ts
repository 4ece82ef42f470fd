import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'

type Native = { updateMany: (filter: object, update: object, options?: object) => Promise<unknown> }

/**
 * Mirrors 20261205_181622_sign_in_limits of migrations/sqlite: Payload's per-account lock is off
 * (`maxLoginAttempts: 0`; src/cms/request-guard/sign-in-limits.ts counts attempts instead), so
 * a lock written before would still refuse the owner until it ran out. The attempt counters'
 * collection is made by rate-limiter-flexible itself, with its expiry index, on first use.
 */
export async function up({ payload, session }: MigrateUpArgs): Promise<void> {
  const users = (payload.db as unknown as { collections: Record<string, { collection: Native }> }).collections.users
  await users.collection.updateMany({}, { $unset: { loginAttempts: '', lockUntil: '' } }, { session })
}

/** Nothing to put back: an account with no count and no lock is where Payload's lock starts. */
export async function down(_args: MigrateDownArgs): Promise<void> {}
