import { existsSync, lstatSync, statSync } from 'node:fs'
import path from 'node:path'

import { copyMessages, CopyRefused } from '@/cli/database-copy-messages'
import { liveDatabaseFiles, liveFileReachedBy, realLocation, sqliteSidecars } from '@/cli/live-database'

/**
 * Where `npm run backup` may write the file the operator named, or a refusal. Checked before
 * anything is written:
 * - never the live SQLite database or one of its companion files, whichever name leads there
 *   (relative, through symbolic links, a hard link), with or without --force: replacing the
 *   file under a serving app corrupts it;
 * - never a file whose own companions are there: a `-wal` or `-journal` left beside an older
 *   backup would be replayed onto the new one when it is opened, and one that is the live
 *   database's file must not be touched either;
 * - an existing backup only with --force; a folder, a device or a broken link never.
 * A symbolic link to an older backup is followed: the backup replaces the file it points to.
 */
export function backupTarget(target: string, liveDatabase: string | undefined, force: boolean): string {
  const live = liveDatabase === undefined ? [] : liveDatabaseFiles(liveDatabase)
  const liveHit = liveFileReachedBy(target, live)
  if (liveHit) throw new CopyRefused(copyMessages.targetIsLive(target, liveHit))

  const absolute = path.resolve(target)
  const isLink = lstatSync(absolute, { throwIfNoEntry: false })?.isSymbolicLink() ?? false
  if (isLink && !existsSync(absolute)) throw new CopyRefused(copyMessages.brokenLink(target))
  const destination = realLocation(absolute)
  const folder = path.dirname(destination)
  if (!statSync(folder, { throwIfNoEntry: false })?.isDirectory())
    throw new CopyRefused(copyMessages.folderMissing(path.dirname(absolute)))

  const existing = statSync(destination, { throwIfNoEntry: false })
  if (existing?.isDirectory()) throw new CopyRefused(copyMessages.targetIsFolder(target))
  if (existing && !existing.isFile()) throw new CopyRefused(copyMessages.targetNotAFile(target))
  if (existing && !force) throw new CopyRefused(copyMessages.targetExists(target))

  if (liveDatabase !== undefined) {
    for (const suffix of sqliteSidecars) {
      const sidecar = `${destination}${suffix}`
      const sidecarHit = liveFileReachedBy(sidecar, live)
      if (sidecarHit) throw new CopyRefused(copyMessages.targetSidecarIsLive(target, sidecar, sidecarHit))
      if (lstatSync(sidecar, { throwIfNoEntry: false }))
        throw new CopyRefused(copyMessages.targetInUse(target, sidecar))
    }
  }
  return destination
}
