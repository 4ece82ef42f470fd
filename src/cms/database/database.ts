import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { migrations as mongodbMigrations } from '@migrations/mongodb'
import { migrations as sqliteMigrations } from '@migrations/sqlite'
import { withAfterCommit } from '@/cms/instances/after-commit'
import { addRateLimitTable } from '@/cms/database/rate-limit-table'
import { withMigrationLock } from '@/cms/instances/start-up-lock'
import { indexLocalesByParent } from '@/cms/database/sqlite-locale-indexes'
import { env } from '@/shared/server/environment'

export const defaultDatabaseUri = 'file:./data/cms.db'

export function databaseUri(): string {
  return env().DATABASE_URI ?? defaultDatabaseUri
}

export const isMongoUri = (uri: string): boolean => /^mongodb(\+srv)?:\/\//.test(uri)

/**
 * SQLite (embedded, a file under ./data) unless DATABASE_URI names a MongoDB server.
 * Both adapters use string ids, so nothing above this file depends on the choice.
 * In production the committed migrations are applied when Payload starts.
 */
export function databaseAdapter(projectRoot: string): DatabaseAdapterObj {
  const uri = databaseUri()
  if (isMongoUri(uri)) {
    return withMigrationLock(
      withAfterCommit(
        mongooseAdapter({
          url: uri,
          migrationDir: path.resolve(projectRoot, 'migrations/mongodb'),
          prodMigrations: mongodbMigrations,
        }),
      ),
    )
  }
  return withMigrationLock(
    withAfterCommit(
      sqliteAdapter({
        client: { url: uri },
        idType: 'uuid',
        migrationDir: path.resolve(projectRoot, 'migrations/sqlite'),
        prodMigrations: sqliteMigrations,
        // WAL lets the site keep reading while an import writes, and makes each commit one
        // append instead of a journal rewrite. NORMAL sync is durable across app crashes.
        afterSchemaInit: [indexLocalesByParent, addRateLimitTable],
        wal: { journalSizeLimit: 64 * 1024 * 1024, synchronous: 'NORMAL' },
        busyTimeout: 10_000,
        // Payload's SQLite adapter writes a document's row, its languages and its version in
        // separate statements unless told to use transactions. The import opts in (one process
        // writing in order): a run killed midway then leaves whole documents or none, never a row
        // without its version. The server keeps the default, as Payload advises for concurrent writers.
        ...(env().ROTA_SQLITE_TRANSACTIONS ? { transactionOptions: { behavior: 'immediate' as const } } : {}),
      }),
    ),
  )
}
