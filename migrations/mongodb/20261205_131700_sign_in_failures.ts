import { isIP } from 'node:net'

import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'

type Native = {
  find: (filter: object, options?: object) => { toArray: () => Promise<Array<Record<string, unknown>>> }
  insertMany: (docs: object[], options?: object) => Promise<unknown>
  deleteMany: (filter: object, options?: object) => Promise<unknown>
}

/**
 * Mirrors 20261205_131659_sign_in_failures of migrations/sqlite: the failed sign-ins' indexes
 * (the unique key every new attempt is counted under) exist before the first attempt, and the
 * activity log's old entries, one per attempt with the typed e-mail address as the person, are
 * folded into one entry per address, account and minute; the typed text only names an account
 * that exists.
 */
export async function up({ payload, session }: MigrateUpArgs): Promise<void> {
  const db = payload.db as unknown as {
    collections: Record<string, { createIndexes: () => Promise<void>; collection: Native }>
  }
  const failures = db.collections['sign-in-failures']
  await failures.createIndexes()
  const log = db.collections['activity-log'].collection
  const old = await log
    .find({ action: 'sign_in_failed' }, { projection: { createdAt: 1, personName: 1, details: 1 }, session })
    .toArray()
  if (old.length === 0) return
  const users = await db.collections.users.collection.find({}, { projection: { email: 1 }, session }).toArray()
  const accounts = new Map(users.map((user) => [String(user.email).toLowerCase(), user]))
  const entries = new Map<
    string,
    { minute: Date; address: string; account: Record<string, unknown> | null; count: number; first: Date; last: Date }
  >()
  for (const row of old) {
    const at = new Date(row.createdAt as Date | string)
    const minute = new Date(Math.floor(at.getTime() / 60_000) * 60_000)
    const tried = (row.details as { address?: unknown } | null | undefined)?.address
    const address = typeof tried === 'string' && isIP(tried) ? tried : 'bilinmeyen adres'
    const typed = typeof row.personName === 'string' ? row.personName.toLowerCase().trim() : ''
    const account = accounts.get(typed) ?? null
    const key = `${minute.toISOString()} ${address} ${account ? String(account._id) : '-'}`
    const entry = entries.get(key) ?? { minute, address, account, count: 0, first: at, last: at }
    entry.count += 1
    if (at < entry.first) entry.first = at
    if (at > entry.last) entry.last = at
    entries.set(key, entry)
  }
  await failures.collection.insertMany(
    [...entries].map(([key, entry]) => ({
      key,
      minute: entry.minute,
      address: entry.address,
      account: entry.account?._id ?? null,
      accountName: entry.account ? String(entry.account.email) : 'bilinmeyen hesap',
      count: entry.count,
      createdAt: entry.first,
      updatedAt: entry.last,
    })),
    { session },
  )
  await log.deleteMany({ action: 'sign_in_failed' }, { session })
}

export async function down(_args: MigrateDownArgs): Promise<void> {
  // Nothing to undo: the collection is dropped with its data if ever needed; the folded
  // attempts do not return to the activity log.
}
