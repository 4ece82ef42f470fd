/**
 * `npm run backup -- <file> [--force]` and `npm run restore -- <file> [--force]` for the
 * database of DATABASE_URI (default ./data/cms.db). Exit codes: 0 done, 1 refused or failed
 * (nothing changed), 2 a usage mistake. Refusals are in Turkish, then in English on the next line.
 */
import { parseArgs } from 'node:util'

import { databaseUri } from '@/cms/database/database'
import { backup, restore } from '@/cli/database-copy'
import { CopyRefused } from '@/cli/database-copy-messages'

const usage = 'Kullanım: npm run backup -- <dosya> [--force]  |  npm run restore -- <dosya> [--force]'

const [command, ...rest] = process.argv.slice(2)
let parsed: ReturnType<typeof parseArgs<{ options: { force: { type: 'boolean' } }; allowPositionals: true }>>
try {
  parsed = parseArgs({ args: rest, options: { force: { type: 'boolean' } }, allowPositionals: true, strict: true })
} catch {
  process.stderr.write(`${usage}\n`)
  process.exit(2)
}
const [file, ...extra] = parsed.positionals
if ((command !== 'backup' && command !== 'restore') || !file || extra.length > 0) {
  process.stderr.write(`${usage}\n`)
  process.exit(2)
}
const force = parsed.values.force ?? false

try {
  const message =
    command === 'backup' ? await backup(databaseUri(), file, force) : await restore(databaseUri(), file, force)
  process.stdout.write(`${message}\n`)
} catch (error) {
  process.stderr.write(
    `${error instanceof CopyRefused ? error.message : `Beklenmeyen hata / Unexpected error: ${String(error).slice(0, 300)}`}\n`,
  )
  process.exit(1)
}
