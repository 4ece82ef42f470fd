import type { sqliteAdapter } from '@payloadcms/db-sqlite'
import { index, integer, sqliteTable, text } from '@payloadcms/db-sqlite/drizzle/sqlite-core'

import { rateLimitTable } from '@/shared/requests/attempt-limits'

type SQLiteSchemaHook = NonNullable<Parameters<typeof sqliteAdapter>[0]['afterSchemaInit']>[number]

/**
 * The counters of src/shared/requests/attempt-limits.ts in the SQLite database, in the shape
 * rate-limiter-flexible's RateLimiterDrizzle reads (key, points, expire). Added to Payload's
 * schema rather than created on the side, so the committed migrations create it like any table.
 * `expire` is a number of milliseconds: compared as a number, never as text.
 */
export const addRateLimitTable: SQLiteSchemaHook = ({ schema }) => {
  schema.tables[rateLimitTable] = sqliteTable(
    rateLimitTable,
    {
      key: text('key').primaryKey(),
      points: integer('points').notNull().default(0),
      expire: integer('expire', { mode: 'timestamp_ms' }),
    },
    (table) => [index(`${rateLimitTable}_expire_idx`).on(table.expire)],
  )
  return schema
}
