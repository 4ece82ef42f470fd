import { randomBytes } from 'node:crypto'
import { closeSync, constants, fchmodSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs'
import path from 'node:path'

import { copyMessages, CopyRefused } from '@/cli/database-copy-messages'
import { sqliteSidecars } from '@/cli/live-database'

/** Owner only: a database copy holds every account's password hash. */
const ownerOnly = 0o600

/**
 * Writes `destination` whole or not at all, readable by its owner only. `write` fills a new
 * file beside it (same folder, so the rename stays on one file system and is atomic), which is
 * synced and then renamed over the destination. If anything fails, the new file (and any
 * journal SQLite left beside it) is removed and whatever was at the destination is untouched.
 * A process killed midway leaves `<name>.<random>.partial`, never a half file under the name.
 */
export async function writePrivately<T>(destination: string, write: (temporary: string) => Promise<T>): Promise<T> {
  const folder = path.dirname(destination)
  const temporary = path.join(folder, `${path.basename(destination)}.${randomBytes(6).toString('hex')}.partial`)
  try {
    // O_EXCL: a new file, never one that is there (or a link planted under this name).
    // The mode given to open passes through the umask; fchmod sets it whatever the umask.
    const created = openSync(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, ownerOnly)
    try {
      fchmodSync(created, ownerOnly)
    } finally {
      closeSync(created)
    }
    const result = await write(temporary)
    const written = openSync(temporary, 'r+')
    try {
      fchmodSync(written, ownerOnly)
      fsyncSync(written)
    } finally {
      closeSync(written)
    }
    renameSync(temporary, destination)
    syncFolder(folder)
    return result
  } catch (error) {
    for (const suffix of ['', ...sqliteSidecars]) rmSync(`${temporary}${suffix}`, { force: true })
    if (error instanceof CopyRefused) throw error
    throw new CopyRefused(copyMessages.writeFailed(destination, reasonOf(error)))
  }
}

/** The rename reaches the disk with the folder's entry; some file systems cannot sync a folder, and then it is left to them. */
function syncFolder(folder: string): void {
  try {
    const fd = openSync(folder, 'r')
    try {
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
  } catch {
    // The file is in place either way.
  }
}

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 160)
