import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, renameSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'

import { createClient, type Client } from '@libsql/client'

import { isMongoUri } from '@/cms/database'

/** A refusal the operator can act on: exit code 1 and this message, nothing changed. */
export class CopyRefused extends Error {}

const contentTables = ['areas', 'questions', 'choices', 'advice', 'resources', 'users'] as const

/** The file behind a SQLite `file:` address, relative to the project folder. */
export function sqliteFile(uri: string): string {
  return path.resolve(uri.replace(/^file:(\/\/)?/, '').split('?')[0])
}

async function withClient<T>(file: string, use: (client: Client) => Promise<T>): Promise<T> {
  const client = createClient({ url: `file:${file}` })
  try {
    return await use(client)
  } finally {
    client.close()
  }
}

/** How many documents the content tables hold (missing tables count as empty). */
async function contentCounts(client: Client): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  for (const table of contentTables) {
    try {
      counts[table] = Number((await client.execute(`SELECT count(*) AS n FROM "${table}"`)).rows[0].n)
    } catch {
      counts[table] = 0
    }
  }
  return counts
}

const describeCounts = (counts: Record<string, number>) =>
  `${counts.questions} soru, ${counts.advice} reçete, ${counts.resources} kaynak, ${counts.users} kullanıcı`

/** A backup file must be a sound SQLite database made by this application. */
async function checkBackupFile(file: string): Promise<Record<string, number>> {
  if (!existsSync(file)) throw new CopyRefused(`Yedek dosyası bulunamadı: ${file}`)
  try {
    return await withClient(file, async (client) => {
      const integrity = String((await client.execute('PRAGMA integrity_check')).rows[0]?.[0])
      if (integrity !== 'ok') throw new Error(integrity)
      await client.execute('SELECT count(*) FROM payload_migrations')
      return contentCounts(client)
    })
  } catch (error) {
    throw new CopyRefused(
      `${file} bu uygulamanın bir SQLite yedeği değil ya da bozuk (${(error as Error).message.slice(0, 120)}). ` +
        '`npm run backup` ile alınmış bir dosya verin.',
    )
  }
}

/**
 * A consistent copy of the database while the site keeps serving and editors keep writing:
 * SQLite's `VACUUM INTO` reads one snapshot (WAL mode lets writers go on), MongoDB's
 * `mongodump` a point-in-time archive (`--oplog` needs a replica set, which production has).
 */
export async function backup(uri: string, target: string, force: boolean): Promise<string> {
  const file = path.resolve(target)
  if (existsSync(file) && !force)
    throw new CopyRefused(`${file} zaten var; üzerine yazılmadı. Başka bir ad verin ya da --force ekleyin.`)
  if (isMongoUri(uri)) {
    runTool('mongodump', [`--uri=${uri}`, `--archive=${file}`, '--gzip', '--oplog'])
    return `MongoDB yedeği yazıldı: ${file} (${statSync(file).size} bayt)`
  }
  const source = sqliteFile(uri)
  if (!existsSync(source)) throw new CopyRefused(`Veritabanı dosyası bulunamadı: ${source} (DATABASE_URI).`)
  const partial = `${file}.partial`
  rmSync(partial, { force: true })
  await withClient(source, (client) => client.execute({ sql: 'VACUUM INTO ?', args: [partial] }))
  const counts = await checkBackupFile(partial)
  renameSync(partial, file)
  return `Yedek yazıldı: ${file} (${statSync(file).size} bayt; ${describeCounts(counts)})`
}

/**
 * Puts a backup back into an empty database. One with content is never overwritten unless
 * `force`, and then its former file is kept beside it. The app must be stopped meanwhile.
 */
export async function restore(uri: string, source: string, force: boolean): Promise<string> {
  const backupFile = path.resolve(source)
  if (isMongoUri(uri)) {
    if (!existsSync(backupFile)) throw new CopyRefused(`Yedek dosyası bulunamadı: ${backupFile}`)
    // mongorestore refuses duplicate documents by itself; --drop (with --force) replaces them.
    runTool('mongorestore', [`--uri=${uri}`, `--archive=${backupFile}`, '--gzip', ...(force ? ['--drop'] : [])])
    return `MongoDB yedeği geri yüklendi: ${backupFile}`
  }
  const counts = await checkBackupFile(backupFile)
  const target = sqliteFile(uri)
  let kept = ''
  if (existsSync(target)) {
    const present = await withClient(target, contentCounts)
    const hasContent = Object.values(present).some((n) => n > 0)
    if (hasContent && !force)
      throw new CopyRefused(
        `${target} boş değil (${describeCounts(present)}); üzerine yazılmadı. ` +
          'Boş bir veritabanına geri yükleyin (DATABASE_URI) ya da eminseniz --force ekleyin (eski dosya yanında saklanır).',
      )
    if (hasContent) {
      kept = `${target}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`
      copyFileSync(target, kept)
    }
  }
  const incoming = `${target}.restoring`
  copyFileSync(backupFile, incoming)
  // The old write-ahead log would be replayed onto the restored file.
  for (const suffix of ['-wal', '-shm']) rmSync(`${target}${suffix}`, { force: true })
  renameSync(incoming, target)
  return `Geri yüklendi: ${target} (${describeCounts(counts)})${kept ? `; önceki dosya: ${kept}` : ''}`
}

function runTool(tool: string, args: string[]): void {
  const result = spawnSync(tool, args, { stdio: ['ignore', 'inherit', 'inherit'] })
  if (result.error) throw new CopyRefused(`${tool} bulunamadı: MongoDB Database Tools kurulu olmalı.`)
  if (result.status !== 0) throw new CopyRefused(`${tool} hata verdi (çıkış kodu ${result.status}); ayrıntı yukarıda.`)
}
