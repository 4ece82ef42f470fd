/**
 * The command lines of the MongoDB Database Tools for `npm run backup` and `npm run restore`.
 * `--oplog` (a point in time while writes go on) works only on a full dump: mongodump refuses
 * it for one database, and a URI that names its database (as compose's does) dumps that one.
 * So a named database is dumped and restored alone, and only a URI without one gets the oplog.
 * A restore into a named database takes the archive's collections whatever the name of the
 * database they were dumped from (`--nsFrom`/`--nsTo`): a copy can go to `rota_staging`.
 */

/** The database a MongoDB URI names (`mongodb://host/rota?…` → `rota`), or null for none. */
export function databaseName(uri: string): string | null {
  const path = /^mongodb(?:\+srv)?:\/\/[^/?]*\/([^?]*)/.exec(uri)?.[1] ?? ''
  return path ? decodeURIComponent(path) : null
}

export function dumpArguments(uri: string): string[] {
  return [`--uri=${uri}`, '--archive', '--gzip', ...(databaseName(uri) ? [] : ['--oplog'])]
}

/** `--drop` (with `--force`) replaces the collections the archive holds instead of adding to them. */
export function restoreArguments(uri: string, archive: string, force: boolean): string[] {
  const name = databaseName(uri)
  return [
    `--uri=${uri}`,
    `--archive=${archive}`,
    '--gzip',
    ...(name ? ['--nsFrom=$db$.$coll$', `--nsTo=${name}.$coll$`] : ['--oplogReplay']),
    ...(force ? ['--drop'] : []),
  ]
}
