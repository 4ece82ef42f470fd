import { randomBytes } from 'node:crypto'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import autocannon from 'autocannon'

import { startApp } from '@tests/support/app-server'
import { startProxy } from '@tests/support/nginx'
import { generateContent } from '@bench/generate-content'

export const log = (line: string) => process.stdout.write(`${line}\n`)

/**
 * The production app (`npm start`) on a fresh database holding the sample content plus
 * 1,000 generated advice texts (questions 101–200, ten choices each), as the site
 * benchmarks measure it, run from `project` (this one, or a copy). `prepare` may add rows to the
 * database file after the import, before the app starts. With `instances` above one, that many
 * apps share the database behind the repository's nginx configuration, as production runs
 * them (`docker compose up --scale app=N`, docs/operations/production.md), and `baseUrl` is
 * the proxy's. `stop` also removes the database.
 */
export async function startLoadedSite(
  name: string,
  extraEnv: Record<string, string> = {},
  project = process.cwd(),
  prepare?: (databaseFile: string) => Promise<void>,
  instances = 1,
) {
  const dir = mkdtempSync(path.join(os.tmpdir(), `rota-bench-${name}-`))
  const env = { DATABASE_URI: `file:${path.join(dir, 'site.db')}`, PAYLOAD_SECRET: randomBytes(32).toString('hex') }
  generateContent(path.join(dir, 'content'), 100, 10, 101)
  log('importing the sample content and 1,000 generated advice texts…')
  for (const input of ['content-import/sample/tr', path.join(dir, 'content')]) {
    execFileSync('npm', ['run', '-s', 'import', '--', path.resolve(input), '--json'], {
      cwd: project,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'ignore', 'inherit'],
    })
  }
  await prepare?.(path.join(dir, 'site.db'))
  // One after another: the first start builds the app, the others find it built.
  const apps: Awaited<ReturnType<typeof startApp>>[] = []
  for (let i = 0; i < instances; i++)
    apps.push(await startApp({ ...env, ...extraEnv, LOAD_SAMPLE_CONTENT: 'false' }, '/tr', 10 * 60_000, project))
  const proxy = instances > 1 ? await startProxy(apps.map((app) => new URL(app.baseUrl).host)) : undefined
  return {
    baseUrl: proxy?.baseUrl ?? apps[0].baseUrl,
    stop() {
      proxy?.stop()
      for (const app of apps) app.stop()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/**
 * An address under load at 20 connections (or `connections`) for 10 s, after a 3 s warm-up
 * (the server's JIT and caches settle after the import and start). autocannon reports p90
 * and p97.5, not p95: `p95` is the p97.5, the stricter of the two.
 */
export async function underLoad(url: string, headers: Record<string, string> = {}, connections = 20) {
  await autocannon({ url, headers, connections, duration: 3 })
  const run = await autocannon({ url, headers, connections, duration: 10 })
  return {
    perSecond: Math.round(run.requests.average),
    p50: run.latency.p50,
    p95: run.latency.p97_5,
    p99: run.latency.p99,
    failed: run.errors + run.non2xx,
  }
}
