import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

/**
 * What a production build is made from; a change to any of it needs a new build. Whole
 * folders, so a new file or folder inside is covered without anyone remembering this list:
 * every folder the app's code imports from (tests/unit/server/build-stamp.test.ts checks that
 * against the import aliases) and the files that configure the build.
 */
export const buildInputs = [
  'src',
  'collections',
  'content-import',
  'migrations',
  'payload.config.ts',
  'payload-types.ts',
  'next.config.mjs',
  'package-lock.json',
  // Changes to Payload's own code (patch-package), applied at install.
  'patches',
  'tsconfig.json',
]

function* files(entry: string): Generator<string> {
  if (!existsSync(entry)) return
  if (statSync(entry).isDirectory()) {
    for (const name of readdirSync(entry).sort()) yield* files(path.join(entry, name))
  } else {
    yield entry
  }
}

/** A fingerprint of the build inputs' contents (about 100 small files: milliseconds). */
export function buildStamp(root: string): string {
  const hash = createHash('sha256')
  for (const input of buildInputs) {
    for (const file of files(path.join(root, input))) {
      hash.update(path.relative(root, file)).update('\0').update(readFileSync(file)).update('\0')
    }
  }
  return hash.digest('hex')
}

export const stampFile = (root: string) => path.join(root, '.next', 'rota-build-stamp')

export function buildIsCurrent(root: string): boolean {
  const file = stampFile(root)
  return (
    existsSync(path.join(root, '.next', 'BUILD_ID')) &&
    existsSync(file) &&
    readFileSync(file, 'utf8') === buildStamp(root)
  )
}
