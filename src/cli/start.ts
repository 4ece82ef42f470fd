/**
 * `npm start`: everything a fresh clone needs to serve the site and the admin.
 * 1. builds the app when there is no build for the current code,
 * 2. applies the database migrations and, on an empty database, loads the sample content
 *    (and the first admin when ADMIN_EMAIL/ADMIN_PASSWORD are set),
 * 3. serves site and admin on PORT (default 3000) with src/cli/serve.ts: Next.js's own
 *    handler behind the checks that belong at the server's edge.
 */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { loadLocalSecret } from '@/shared/local-secret'
import { rememberLocalSite } from '@/shared/local-site'
import { buildIsCurrent, buildStamp, stampFile } from '@/cli/build-stamp'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
process.chdir(root)
if (existsSync('.env')) process.loadEnvFile('.env')

const log = (message: string) => process.stdout.write(`[rota] ${message}\n`)

function build(): void {
  if (buildIsCurrent(root)) return
  log('building the app (first start or code changed; about 1–2 minutes)…')
  const result = spawnSync('npx', ['next', 'build'], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
  })
  if (result.status !== 0) {
    log('the build failed; see the messages above.')
    process.exit(result.status ?? 1)
  }
  writeFileSync(stampFile(root), buildStamp(root))
}

async function prepareDatabase(): Promise<void> {
  const { prepareDatabase: prepare } = await import('@/cli/prepare-database')
  await prepare(log)
}

function serve(): void {
  const port = process.env.PORT || '3000'
  log(`serving site and admin on http://localhost:${port} (admin: http://localhost:${port}/admin)`)
  // Next.js's handler behind the app's own edge checks (src/cli/serve.ts), under the same tsx loader as this process.
  const server = spawn(process.execPath, [...process.execArgv, path.join(root, 'src/cli/serve.ts')], {
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
  build()
  await prepareDatabase()
  serve()
}
