import { createLocalReq, type CollectionSlug, type Field, type GlobalSlug, type Payload } from 'payload'

import { translatedFields } from '@/cms/translation-status/hooks'
import { recordTranslationStates } from '@/cms/translation-status/record'
import { defaultLocale } from '@/shared/locales'

/**
 * Translation states for documents written before they existed (`npm start` runs this once,
 * after the migrations: a data step inside a migration would read the schema of today's code
 * against the tables of that migration's day):
 * every translation there is counts as made from the Turkish readers see now, as nobody can
 * tell any more what it was made from; a language without text is missing.
 */
export async function recordExistingTranslations(payload: Payload): Promise<number> {
  const req = await createLocalReq({}, payload)
  let recorded = 0
  for (const collection of req.payload.config.collections) {
    const fields = translatedFields(collection.fields)
    if (!fields) continue
    const { docs } = await req.payload.db.find<{ id: string }>({
      collection: collection.slug as CollectionSlug,
      pagination: false,
      select: { id: true },
      locale: defaultLocale,
      sort: 'id',
      req,
    })
    for (const { id } of docs) {
      await recordTranslationStates(req, { collection: collection.slug as CollectionSlug, id }, fields)
      recorded++
    }
  }
  for (const global of req.payload.config.globals) {
    const fields = translatedFields(global.fields)
    if (!fields) continue
    await recordTranslationStates(req, { global: global.slug as GlobalSlug }, fields)
    recorded++
  }
  return recorded
}

/**
 * Turkish rows from before the Turkish was kept paragraph by paragraph gain its units (`npm
 * start`, after the migrations, once: such a row has no `unitsTotal`), so that translations
 * made from today's Turkish are compared paragraph by paragraph when it next changes. Those
 * already outdated were made from a Turkish text nobody kept that way: they stay compared
 * field by field. Returns how many documents it brought up to date.
 */
export async function recordMissingUnits(payload: Payload): Promise<number> {
  const req = await createLocalReq({}, payload)
  const { docs } = await req.payload.db.find<{ scope: string; document: string }>({
    collection: 'translation-states',
    where: { and: [{ locale: { equals: defaultLocale } }, { unitsTotal: { exists: false } }] },
    pagination: false,
    select: { scope: true, document: true },
    req,
  })
  let recorded = 0
  for (const { scope, document } of docs) {
    const collection = req.payload.collections[scope as CollectionSlug]?.config
    const global = req.payload.config.globals.find((g) => g.slug === scope)
    const fields = translatedFields((collection?.fields ?? global?.fields ?? []) as Field[])
    if (!fields) continue
    await recordTranslationStates(
      req,
      collection ? { collection: scope as CollectionSlug, id: document } : { global: scope as GlobalSlug },
      fields,
    )
    recorded++
  }
  return recorded
}
