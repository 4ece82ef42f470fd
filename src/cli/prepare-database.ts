import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { getPayload } from 'payload'

import { loadSampleContent } from '@content-import/sample-content'
import { oneAtATime } from '@/cms/instances/start-up-lock'
import { recordMissingPublishingStates } from '@/cms/publishing/backfill'
import { recordExistingTranslations, recordMissingUnits } from '@/cms/translation-status/backfill'
import { rememberMissingTranslations } from '@/cms/translation-memory/backfill'
import { env } from '@/shared/server/environment'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/**
 * Applies migrations (Payload runs them when it starts in production), records the
 * translation and publishing states of content from before they existed and remembers its
 * published translations in the translation memory, then fills an empty database with
 * the sample content and, when configured, the first administrator. Several instances started
 * at once take turns (src/cms/instances/start-up-lock.ts, as the migrations do): the first prepares, the
 * others then find the database prepared, so the samples load once and one administrator is made.
 */
export async function prepareDatabase(log: (message: string) => void): Promise<void> {
  const { default: config } = await import('@payload-config')
  const payload = await getPayload({ config })
  try {
    await oneAtATime(payload.db, 'first-run-preparation', () => prepare(payload, log), {
      onWait: (line) => payload.logger.warn(line),
    })
  } finally {
    await payload.destroy()
  }
}

async function prepare(payload: Awaited<ReturnType<typeof getPayload>>, log: (message: string) => void) {
  {
    const { totalDocs: questions } = await payload.count({ collection: 'questions' })
    const { totalDocs: states } = await payload.count({ collection: 'translation-states' })
    if (questions > 0 && states === 0) {
      log('recording the translation states of the existing content…')
      log(`translation states recorded for ${await recordExistingTranslations(payload)} documents`)
    }
    if (questions === 0 && env().LOAD_SAMPLE_CONTENT) {
      log('empty database: loading the sample content…')
      const reports = await loadSampleContent(payload, path.join(root, 'content-import', 'sample'))
      const imported = reports.reduce((n, r) => n + r.imported, 0)
      const problems = reports.flatMap((r) => r.errors.map((e) => `${e.file}: ${e.message}`))
      log(`sample content loaded: ${imported} files${problems.length ? `; problems: ${problems.join('; ')}` : ''}`)
    }
    const kept = await recordMissingUnits(payload)
    if (kept > 0) log(`translation states: the Turkish of ${kept} documents kept paragraph by paragraph`)
    const published = await recordMissingPublishingStates(payload)
    if (published > 0) log(`publishing states recorded for ${published} documents`)
    const remembered = await rememberMissingTranslations(payload)
    if (remembered > 0) log(`translation memory: ${remembered} published paragraph pairs remembered`)
    await ensureFirstAdmin(payload, log)
  }
}

async function ensureFirstAdmin(payload: Awaited<ReturnType<typeof getPayload>>, log: (m: string) => void) {
  const { totalDocs } = await payload.count({ collection: 'users' })
  if (totalDocs > 0) return
  const { ADMIN_EMAIL: email, ADMIN_PASSWORD: password, ADMIN_NAME: name } = env()
  if (!email || !password) {
    log('no users yet: open /admin to create the first administrator (or set ADMIN_EMAIL and ADMIN_PASSWORD).')
    return
  }
  await payload.create({
    collection: 'users',
    data: { email, password, name: name || email, role: 'admin' },
  })
  log(`created the first administrator ${email}`)
}
