import { spawnSync } from 'node:child_process'
import { closeSync, existsSync, mkdirSync, openSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'

import { createClient, type Client } from '@libsql/client'

import { isMongoUri } from '@/cms/database/database'
import { leaveOutSecrets } from '@/cli/backup-secrets'
import { backupTarget } from '@/cli/backup-target'
import {
  contentCollections,
  copyMessages,
  CopyRefused,
  describeCounts,
  type ContentCounts,
} from '@/cli/database-copy-messages'
import { liveDatabaseFiles, liveFileReachedBy, sqliteFile, sqliteSidecars } from '@/cli/live-database'
import { dumpArguments } from '@/cli/mongodb/arguments'
import { mongoContentCounts, restoreMongo } from '@/cli/mongodb/restore'
import { writePrivately } from '@/cli/private-file'

async function withClient<T>(file: string, use: (client: Client) => Promise<T>): Promise<T> {
  const client = createClient({ url: `file:${file}` })
  try {
    return await use(client)
  } finally {
    client.close()
  }
}

/** How many documents the content tables hold (missing tables count as empty). */
async function contentCounts(client: Client): Promise<ContentCounts> {
  const counts = {} as ContentCounts
  for (const table of contentCollections) {
    try {
      counts[table] = Number((await client.execute(`SELECT count(*) AS n FROM "${table}"`)).rows[0].n)
    } catch {
      counts[table] = 0
    }
  }
  return counts
}

const signInAgain =
  'parola sıfırlama bağlantıları ve oturumlar alınmadı: bu yedekten geri yüklenen sitede herkes parolasıyla yeniden oturum açar'

/** A backup file must be a sound SQLite database made by this application. */
async function checkBackupFile(file: string): Promise<ContentCounts> {
  if (!existsSync(file)) throw new CopyRefused(copyMessages.backupMissing(file))
  try {
    return await withClient(file, async (client) => {
      const integrity = String((await client.execute('PRAGMA integrity_check')).rows[0]?.[0])
      if (integrity !== 'ok') throw new Error(integrity)
      await client.execute('SELECT count(*) FROM payload_migrations')
      return contentCounts(client)
    })
  } catch (error) {
    throw new CopyRefused(copyMessages.notABackup(file, (error as Error).message.slice(0, 120)))
  }
}

/**
 * A copy of the SQLite database `source` into the new file `into` (made by writePrivately):
 * one consistent snapshot (`VACUUM INTO` reads one; WAL mode lets the site's writers go on),
 * without the secrets `leaveOutSecrets` names.
 */
async function copyWithoutSecrets(source: string, into: string): Promise<void> {
  await withClient(source, (client) => client.execute({ sql: 'VACUUM INTO ?', args: [into] }))
  await withClient(into, leaveOutSecrets)
}

/**
 * A consistent copy of the database while the site keeps serving and editors keep writing,
 * readable by its owner only and written whole or not at all (`writePrivately`); never over
 * the live database (`backupTarget`). SQLite's copy leaves out reset tokens and sessions;
 * MongoDB's `mongodump` archive cannot (src/cli/mongodb/arguments.ts: which database, and when
 * the oplog makes it a point in time).
 */
export async function backup(uri: string, target: string, force: boolean): Promise<string> {
  if (isMongoUri(uri)) {
    const destination = backupTarget(target, undefined, force)
    await writePrivately(destination, async (temporary) => runTool('mongodump', dumpArguments(uri), temporary))
    return `MongoDB yedeği yazıldı: ${destination} (${statSync(destination).size} bayt)`
  }
  const source = sqliteFile(uri)
  if (!existsSync(source)) throw new CopyRefused(copyMessages.databaseMissing(source))
  const destination = backupTarget(target, source, force)
  const counts = await writePrivately(destination, async (temporary) => {
    await copyWithoutSecrets(source, temporary)
    return checkBackupFile(temporary)
  })
  return `Yedek yazıldı: ${destination} (${statSync(destination).size} bayt; ${describeCounts(counts)}); ${signInAgain}.`
}

/**
 * Puts a backup back into an empty database. One with content is never overwritten unless
 * `force`, and then its former file is kept beside it. The app must be stopped meanwhile:
 * a database another program has open is refused.
 */
export async function restore(uri: string, source: string, force: boolean): Promise<string> {
  const backupFile = path.resolve(source)
  if (isMongoUri(uri)) {
    if (!existsSync(backupFile)) throw new CopyRefused(copyMessages.backupMissing(backupFile))
    return restoreMongo(uri, backupFile, force, {
      counts: mongoContentCounts,
      run: (tool, args) => runTool(tool, args),
    })
  }
  const target = sqliteFile(uri)
  const liveHit = liveFileReachedBy(backupFile, liveDatabaseFiles(target))
  if (liveHit) throw new CopyRefused(copyMessages.backupIsLive(source, liveHit))
  const counts = await checkBackupFile(backupFile)
  mkdirSync(path.dirname(target), { recursive: true })
  let kept = ''
  if (existsSync(target)) {
    const present = await withClient(target, contentCounts)
    // Closing the last connection removes the write-ahead log and its index; still there, another program has it open.
    const open = sqliteSidecars.map((suffix) => `${target}${suffix}`).find((file) => existsSync(file))
    if (open) throw new CopyRefused(copyMessages.databaseOpen(target, open))
    const hasContent = Object.values(present).some((n) => n > 0)
    if (hasContent && !force) throw new CopyRefused(copyMessages.databaseNotEmpty(target, describeCounts(present)))
    if (hasContent) {
      kept = `${target}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`
      await writePrivately(kept, (temporary) =>
        withClient(target, (client) => client.execute({ sql: 'VACUUM INTO ?', args: [temporary] })),
      )
    }
  }
  await writePrivately(target, async (temporary) => {
    // A backup taken before backups left them out still has its tokens and sessions.
    await copyWithoutSecrets(backupFile, temporary)
    // The former database's write-ahead log or journal would be replayed onto the restored file.
    for (const suffix of sqliteSidecars) rmSync(`${target}${suffix}`, { force: true })
  })
  return `Geri yüklendi: ${target} (${describeCounts(counts)}; herkes yeniden oturum açar)${kept ? `; önceki dosya: ${kept}` : ''}`
}

/** Runs one of the MongoDB Database Tools; with `output`, what it writes to stdout goes into that file. */
function runTool(tool: string, args: string[], output?: string): void {
  // 'w' on the file writePrivately made keeps its owner-only mode.
  const fd = output === undefined ? undefined : openSync(output, 'w')
  try {
    const result = spawnSync(tool, args, { stdio: ['ignore', fd ?? 'inherit', 'inherit'] })
    if (result.error) throw new CopyRefused(copyMessages.toolMissing(tool))
    if (result.status !== 0) throw new CopyRefused(copyMessages.toolFailed(tool, result.status))
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}
