import type { Client, InStatement } from '@libsql/client'

/**
 * What a database copy leaves out of the `users` table, so that whoever reads the file gets no
 * way into an account: the password-reset token (Payload keeps it as it is mailed, and it
 * resets the password while it is valid), and, in a database from before the sign-in limits,
 * Payload's failed-attempt count and lock (a restore starts everyone afresh). The password's
 * hash and salt stay: everyone signs in with their own.
 */
const userColumnsLeftOut: Record<string, null | 0> = {
  reset_password_token: null,
  reset_password_expiration: null,
  reset_password_requested_at: null,
  login_attempts: 0,
  lock_until: null,
}

/**
 * Tables emptied in a copy: the sessions (`auth.useSessions`, Payload's default: a signed-in
 * token is accepted only while its session is listed, so without them everyone signs in
 * again), the edit locks ("X is editing"; nobody is editing a restored database) and the
 * sign-in and creation counters (src/shared/requests/attempt-limits.ts: keyed by addresses).
 */
const tablesEmptied = [
  'users_sessions',
  'payload_locked_documents_rels',
  'payload_locked_documents',
  'rota_rate_limits',
]

/**
 * Removes them from the SQLite file `client` has open: a copy being made, never the live
 * database. `secure_delete` overwrites what is removed instead of leaving it in free pages,
 * the journal stays in memory so the removed values are not written to a file beside it, and
 * VACUUM rebuilds the file from the rows that remain.
 */
export async function leaveOutSecrets(client: Client): Promise<void> {
  await client.execute('PRAGMA journal_mode = MEMORY')
  await client.execute('PRAGMA secure_delete = ON')
  const tables = new Set(
    (await client.execute("SELECT name FROM sqlite_master WHERE type = 'table'")).rows.map((row) => String(row.name)),
  )
  const statements: InStatement[] = tablesEmptied.filter((table) => tables.has(table)).map((t) => `DELETE FROM "${t}"`)
  if (tables.has('users')) {
    const columns = new Set((await client.execute('PRAGMA table_info("users")')).rows.map((row) => String(row.name)))
    const cleared = Object.entries(userColumnsLeftOut).filter(([column]) => columns.has(column))
    if (cleared.length > 0)
      statements.push({
        sql: `UPDATE "users" SET ${cleared.map(([column]) => `"${column}" = ?`).join(', ')}`,
        args: cleared.map(([, value]) => value),
      })
  }
  await client.batch(statements, 'write')
  await client.execute('VACUUM')
}
