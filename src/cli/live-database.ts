import { realpathSync, statSync } from 'node:fs'
import path from 'node:path'

/** The files SQLite keeps beside a database: the write-ahead log and its index (WAL mode), the rollback journal. */
export const sqliteSidecars = ['-wal', '-shm', '-journal'] as const

/** The file behind a SQLite `file:` address, relative to the project folder. */
export function sqliteFile(uri: string): string {
  return path.resolve(uri.replace(/^file:(\/\/)?/, '').split('?')[0])
}

/**
 * Where a name leads once every symbolic link on the way is followed; for a file that is not
 * there (yet), its folder's real path and its own name.
 */
export function realLocation(file: string): string {
  const absolute = path.resolve(file)
  try {
    return realpathSync(absolute)
  } catch {
    try {
      return path.join(realpathSync(path.dirname(absolute)), path.basename(absolute))
    } catch {
      return absolute
    }
  }
}

/** Device and inode of the file a name leads to: a hard link is another path to the same file. */
function identity(file: string): string | undefined {
  try {
    const { dev, ino } = statSync(file)
    return `${dev}:${ino}`
  } catch {
    return undefined
  }
}

type LiveFile = { file: string; real: string; id?: string }

/**
 * The live database and its companion files, by every way a name can reach them: their real
 * paths (SQLite names the companions after the database's real path, links resolved, and
 * also after the path as configured) and, for those that exist, their file identity.
 * Companions that are not there now still count: SQLite creates them and reads them back.
 */
export function liveDatabaseFiles(databaseFile: string): LiveFile[] {
  const bases = new Set([path.resolve(databaseFile), realLocation(databaseFile)])
  return [...bases].flatMap((base) =>
    ['', ...sqliteSidecars].map((suffix) => {
      const file = `${base}${suffix}`
      return { file, real: realLocation(file), id: identity(file) }
    }),
  )
}

/** The live file that `file` would write into, if any. */
export function liveFileReachedBy(file: string, live: LiveFile[]): string | undefined {
  const real = realLocation(file)
  const id = identity(file)
  return live.find((candidate) => candidate.real === real || (id !== undefined && candidate.id === id))?.file
}
