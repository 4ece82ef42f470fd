import type { Payload } from 'payload'

import { translatedFields } from '@/cms/translation-status/hooks'
import { memoryCollection, refOf, rememberPublished } from '@/cms/translation-memory/remember'
import { defaultLocale } from '@/shared/locales'

/**
 * Remembers the published translations the memory has nothing of: content published before
 * the memory existed, written by a path that runs no hooks (the import's new documents), or
 * whose remembering failed after its publish. `npm start` runs this after the translation
 * states are recorded (src/cli/prepare-database.ts), as the publishing states are filled.
 * Which translations are published and current is the translation states' knowledge: one list
 * of them and one of the documents and languages remembered, so a complete memory costs two
 * reads. (A document whose paragraphs do not pair, see `pairsOf`, is tried again each start.)
 * Returns how many pairs it wrote.
 */
export async function rememberMissingTranslations(payload: Payload): Promise<number> {
  const [current, remembered] = await Promise.all([
    payload.db.find<{ scope: string; document: string; locale: string }>({
      collection: 'translation-states',
      where: { and: [{ locale: { not_equals: defaultLocale } }, { publishedStatus: { equals: 'current' } }] },
      select: { scope: true, document: true, locale: true },
      pagination: false,
    }),
    payload.db.find<{ scope: string; document: string; locale: string }>({
      collection: memoryCollection,
      select: { scope: true, document: true, locale: true },
      pagination: false,
    }),
  ])
  const known = new Set(remembered.docs.map((row) => `${row.scope}/${row.document}/${row.locale}`))
  const missing = new Set(
    current.docs
      .filter((row) => !known.has(`${row.scope}/${row.document}/${row.locale}`))
      .map((row) => `${row.scope}/${row.document}`),
  )
  let written = 0
  for (const key of missing) {
    const [scope, document] = key.split('/')
    const config =
      payload.config.collections.find((c) => c.slug === scope) ?? payload.config.globals.find((g) => g.slug === scope)
    const fields = config ? translatedFields(config.fields) : null
    if (fields) written += await rememberPublished(payload, refOf(payload, scope, document), fields)
  }
  return written
}
