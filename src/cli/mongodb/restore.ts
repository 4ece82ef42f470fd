import { MongoClient } from 'mongodb'

import {
  contentCollections,
  copyMessages,
  CopyRefused,
  describeCounts,
  type ContentCounts,
} from '@/cli/database-copy-messages'
import { databaseName, restoreArguments } from '@/cli/mongodb/arguments'

/** What a MongoDB restore needs from outside: the database's counts, and running a tool. */
export type MongoRestoreDeps = {
  counts: (uri: string) => Promise<ContentCounts>
  run: (tool: string, args: string[]) => void
}

/** How many documents the content collections of the URI's database hold. */
export async function mongoContentCounts(uri: string): Promise<ContentCounts> {
  const client = new MongoClient(uri, { serverSelectionTimeoutMS: 10_000 })
  try {
    await client.connect()
    const db = client.db()
    const counts = {} as ContentCounts
    for (const name of contentCollections) counts[name] = await db.collection(name).countDocuments()
    return counts
  } catch (error) {
    throw new CopyRefused(copyMessages.mongoUnreachable(databaseName(uri) ?? uri, (error as Error).message))
  } finally {
    await client.close()
  }
}

/**
 * Restores a `npm run backup` archive into the URI's database. A database with content is
 * refused unless `force` (then mongorestore drops the collections it restores); a restore that
 * leaves the database empty (an empty archive, or another application's) is reported, not called done.
 */
export async function restoreMongo(uri: string, archive: string, force: boolean, deps: MongoRestoreDeps) {
  const where = databaseName(uri) ?? uri
  const before = await deps.counts(uri)
  if (Object.values(before).some((n) => n > 0) && !force)
    throw new CopyRefused(copyMessages.mongoNotEmpty(where, describeCounts(before)))
  deps.run('mongorestore', restoreArguments(uri, archive, force))
  const after = await deps.counts(uri)
  if (!Object.values(after).some((n) => n > 0)) throw new CopyRefused(copyMessages.nothingRestored(archive, where))
  return `MongoDB yedeği geri yüklendi: ${archive} → ${where} (${describeCounts(after)})`
}
