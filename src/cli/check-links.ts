/**
 * `npm run check-links`: checks every resource's link now (the weekly job does the same on
 * Monday nights) and prints one line per link that does not simply work, then the counts.
 * Uses the database of DATABASE_URI (default ./data/cms.db) like `npm run import`.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { loadLocalSecret } from '@/shared/server/local-secret'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
process.chdir(root)
try {
  process.loadEnvFile(path.join(root, '.env'))
} catch {
  // no .env: defaults apply
}
Object.assign(process.env, { NODE_ENV: 'production', ROTA_LOG_TO_STDERR: '1' })
loadLocalSecret(root)

const stateWords = {
  ok: 'çalışıyor',
  redirected: 'yönlendiriyor',
  broken: 'kırık',
  unreachable: 'ulaşılamadı',
} as const

const { getPayload } = await import('payload')
const { default: config } = await import('@payload-config')
const { checkResourceLinks, countByState } = await import('@/cms/link-check/run')
const payload = await getPayload({ config })
let code = 0
try {
  const run = await checkResourceLinks(payload, {
    onChecked: ({ title, url, status, notes }) => {
      if (status.state === 'ok') return
      const detail = [
        status.httpStatus ? `HTTP ${status.httpStatus}` : null,
        status.redirectsTo ? `→ ${status.redirectsTo}` : null,
        notes.at(-1) ?? null,
      ].filter(Boolean)
      console.log(`${stateWords[status.state]}: ${title} <${url}>${detail.length ? ` (${detail.join('; ')})` : ''}`)
    },
  })
  const counts = countByState(run)
  console.log(
    `${run.checked.length} bağlantı denetlendi: ` +
      (Object.keys(stateWords) as (keyof typeof stateWords)[])
        .map((state) => `${counts[state] ?? 0} ${stateWords[state]}`)
        .join(', ') +
      `. ${run.changed} kaynağın durumu değişti.`,
  )
} catch (error) {
  console.error(`Bağlantılar denetlenemedi: ${(error as Error).message}`)
  code = 1
} finally {
  await payload.destroy()
}
process.exit(code)
