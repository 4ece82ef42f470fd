import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'

import { recordExistingTranslations } from '@/cms/translation-status/backfill'

/**
 * Mirrors 20261129_192908_translation_states of migrations/sqlite: the unique index on each
 * state's key exists before the first state is stored, and content written before
 * translation states existed gets its states.
 */
export async function up({ payload, req }: MigrateUpArgs): Promise<void> {
  const db = payload.db as unknown as { collections: Record<string, { createIndexes: () => Promise<void> }> }
  await db.collections['translation-states'].createIndexes()
  await recordExistingTranslations(payload, req)
}

export async function down(_args: MigrateDownArgs): Promise<void> {
  // Nothing to undo: the collection is dropped with its data if ever needed.
}
