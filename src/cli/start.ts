/**
 * `npm start`: everything a fresh clone needs to serve the site and the admin.
 * 1. builds the app when there is no build for the current code (types generated first),
 * 2. applies the database migrations and, on an empty database, loads the sample content
 *    (and the first admin when ADMIN_EMAIL/ADMIN_PASSWORD are set),
 * 3. serves site and admin on PORT (default 3000) with src/cli/serve.ts: Next.js's own
 *    handler behind the checks that belong at the server's edge.
 */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { productionSecretProblem } from '@/cms/secret'
import { env, environmentProblems } from '@/shared/server/environment'
import { loadLocalSecret } from '@/shared/server/local-secret'
import { localeCodes } from '@/shared/locales'
import { rememberLocalSite } from '@/shared/server/local-site'
import { buildIsCurrent, buildStamp, stampFile } from '@/cli/build-stamp'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
process.chdir(root)
if (existsSync('.env')) process.loadEnvFile('.env')

const log = (message: string) => process.stdout.write(`[rota] ${message}\n`)

// Every wrong setting at once, before anything is built or started (src/shared/server/environment.ts).
const problems = environmentProblems()
if (problems.length > 0) {
  log('Ortam değişkenlerinde sorun var / The environment variables have problems (.env or the environment):')
  for (const line of problems) log(`  ${line}`)
  process.exit(1)
}

/**
 * payload-types.ts is generated from the Payload config, which reads the language list: after a
 * language is added (docs/development/languages.md) the committed types no longer match and the
 * build's type check would stop. So they are brought up to date before each build.
 */
function generateTypes(): void {
  const file = path.join(root, 'payload-types.ts')
  const before = existsSync(file) ? readFileSync(file, 'utf8') : ''
  const result = spawnSync(process.execPath, [...process.execArgv, path.join(root, 'src/cli/generate-types.ts')], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'development' },
  })
  const after = existsSync(file) ? readFileSync(file, 'utf8') : ''
  const missing = localeCodes.filter((code) => !after.includes(`'${code}'`))
  if (result.status !== 0 || missing.length > 0) {
    log(
      `payload-types.ts could not be generated${missing.length ? ` (no ${missing.join(', ')} in it)` : ''}; see the messages above.`,
    )
    process.exit(result.status || 1)
  }
  if (after !== before)
    log('payload-types.ts was updated for the changed configuration (languages, fields): commit it with your change.')
}

function build(): void {
  if (buildIsCurrent(root)) return
  generateTypes()
  // The stamp of the sources the build starts from: a file changed while it runs makes the next
  // start build again (stamped after the build, such a change was taken as built, and was not).
  const stamp = buildStamp(root)
  log('building the app (first start or code changed; about 1–2 minutes)…')
  const result = spawnSync('npx', ['next', 'build'], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
  })
  if (result.status !== 0) {
    log('the build failed; see the messages above.')
    process.exit(result.status ?? 1)
  }
  writeFileSync(stampFile(root), stamp)
}

async function prepareDatabase(): Promise<void> {
  const { prepareDatabase: prepare } = await import('@/cli/prepare-database')
  await prepare(log)
}

/**
 * V8 flags for the serving process. Without allocation-site pretenuring, short-lived per-request
 * objects stay in the young generation, where they are cheap to drop (docs/decisions/002).
 */
const serverFlags = ['--no-allocation-site-pretenuring']

function serve(): void {
  const port = String(env().PORT)
  log(`serving site and admin on http://localhost:${port} (admin: http://localhost:${port}/admin)`)
  // Next.js's handler behind the app's own edge checks (src/cli/serve.ts), under the same tsx loader as this process.
  const server = spawn(process.execPath, [...process.execArgv, ...serverFlags, path.join(root, 'src/cli/serve.ts')], {
    stdio: 'inherit',
    // ROTA_RUN_JOBS: the serving app alone runs the scheduled jobs (payload.config.ts, `jobs`).
    env: { ...process.env, PORT: port, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', ROTA_RUN_JOBS: '1' },
  })
  const forget = rememberLocalSite(root, `http://localhost:${port}`)
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal))
  server.on('exit', (code) => {
    forget()
    process.exit(code ?? 0)
  })
}

Object.assign(process.env, { NODE_ENV: 'production' })
if (process.argv.includes('--build-only')) {
  build()
} else {
  const generated = loadLocalSecret(root)
  if (generated) log(generated)
  // Refused before the build: a server that signs sessions with a guessable key lets anyone in.
  const secretProblem = productionSecretProblem(env().PAYLOAD_SECRET)
  if (secretProblem) {
    // Said in Turkish too, as the environment's other problems are (a newcomer who names their
    // own database file, and so brings no generated secret, stops here first).
    log(
      'PAYLOAD_SECRET uygun değil: oturumları imzalayan anahtar boş, kısa ya da herkesin bildiği bir örnek olamaz. ' +
        '.env dosyasına uzun ve rastgele bir değer yazın (örneğin `openssl rand -hex 32` komutunun ürettiği değeri).',
    )
    log(secretProblem)
    process.exit(1)
  }
  build()
  await prepareDatabase()
  serve()
}
