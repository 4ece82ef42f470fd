import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { Payload } from 'payload'

import { loadLocalSecret } from '@/shared/server/local-secret'
import { UsageError } from '@content-import/cli/options'

/** The project folder: the CLI runs there whatever folder it was typed in. */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** Paths on the command line are relative to where the user typed it, not to npm's cwd. */
export const fromUserCwd = (p: string) => path.resolve(process.env.INIT_CWD ?? process.cwd(), p)

/**
 * Runs a content command against the database the app uses, on the same migrated schema
 * as `npm start` (production mode: migrations, never a schema push) and with the same
 * secret, so the running site accepts the CLI's revalidation request.
 * Exit codes: the command's own, 2 for a usage error, 1 for an unexpected failure; 0 after --help.
 */
export async function runCommand<T>(
  usage: string,
  parse: () => T,
  command: (payload: Payload, args: T) => Promise<number>,
): Promise<never> {
  const argv = process.argv.slice(2)
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${usage}\n`)
    process.exit(0)
  }
  let code: number
  try {
    const args = parse()
    process.chdir(projectRoot)
    try {
      process.loadEnvFile(path.join(projectRoot, '.env'))
    } catch {
      // no .env: defaults apply
    }
    Object.assign(process.env, { NODE_ENV: 'production', ROTA_LOG_TO_STDERR: '1', ROTA_SQLITE_TRANSACTIONS: '1' })
    loadLocalSecret(projectRoot)
    const { getPayload } = await import('payload')
    const { default: config } = await import('@payload-config')
    const payload = await getPayload({ config })
    try {
      code = await command(payload, args)
    } finally {
      await payload.destroy()
    }
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\n\n${usage}\n`)
      code = 2
    } else {
      process.stderr.write(`${(error as Error).stack ?? error}\n`)
      code = 1
    }
  }
  process.exit(code)
}
