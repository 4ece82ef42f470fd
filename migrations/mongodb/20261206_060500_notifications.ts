import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'

type Model = { createIndexes: () => Promise<void> }

/**
 * Mirrors 20261206_060211_notifications of migrations/sqlite: the notifications' indexes (a
 * person's unread ones, the digest's waiting ones) exist before the first notification. The
 * people's new preferences need nothing on MongoDB: a missing one reads as the kind's default
 * (src/cms/notifications/notify.ts), as SQLite's column default gives it. Neither does the
 * schedules' `requestedById`: older schedules without it are matched by name.
 */
export async function up({ payload }: MigrateUpArgs): Promise<void> {
  const { collections } = payload.db as unknown as { collections: Record<string, Model> }
  await collections.notifications.createIndexes()
}

/** Nothing to take back: an unused collection with its indexes. */
export async function down(_args: MigrateDownArgs): Promise<void> {}
