import { createHash } from 'node:crypto'

import type { CollectionSlug, GlobalSlug, Payload } from 'payload'

import type { DocumentRef } from '@/cms/publishing/live-and-newest'
import { scopeOf } from '@/cms/translation-status/record'
import { translationLocales } from '@/cms/translation-status/read'
import { normalized } from '@/cms/translation-memory/memory-index'
import { paragraphsOf } from '@/cms/translation-memory/paragraphs'
import { defaultLocale } from '@/shared/locales'

export const memoryCollection = 'translation-memory-pairs'

type Values = Record<string, unknown>
type Stored = { key: string; source: string; target: string }
export type Pair = { locale: string; field: string; source: string; target: string }

const inLocale = (doc: Values, field: string, locale: string): unknown => {
  const value = doc[field]
  return value && typeof value === 'object' && !('root' in value) ? (value as Values)[locale] : undefined
}

/**
 * The paragraph pairs of a document as readers see it (read with `locale: 'all'`), in the
 * languages given: the Turkish paragraph and the translated one at the same position among
 * the field's top-level blocks. A field whose two sides have a different number of paragraphs
 * (a translator joined two, split one, or left one out) gives no pairs at all: which paragraph
 * answers which can no longer be told from the text, and a pair of a paragraph with another's
 * translation would be offered later as a 100 % match.
 */
export function pairsOf(live: Values, fields: readonly string[], locales: readonly string[]): Pair[] {
  const pairs: Pair[] = []
  for (const locale of locales)
    for (const field of fields) {
      const turkish = paragraphsOf(inLocale(live, field, defaultLocale))
      const translated = paragraphsOf(inLocale(live, field, locale))
      if (turkish.length === 0 || turkish.length !== translated.length) continue
      turkish.forEach((source, i) => pairs.push({ locale, field, source, target: translated[i] }))
    }
  return pairs
}

const keyOf = (scope: string, document: string, pair: Pair) =>
  [
    pair.locale,
    scope,
    document,
    pair.field,
    createHash('sha256').update(normalized(pair.source)).digest('hex').slice(0, 32),
  ].join('/')

async function readLive(payload: Payload, ref: DocumentRef): Promise<Values | null> {
  if ('global' in ref) return (await payload.db.findGlobal<Values>({ slug: ref.global, locale: 'all' })) ?? null
  return (
    (await payload.db.findOne<Values & { id: string }>({
      collection: ref.collection,
      locale: 'all',
      where: { id: { equals: ref.id } },
    })) ?? null
  )
}

/**
 * Remembers the paragraph pairs of a document's published translations: those whose
 * translation state says the published translation was made from the published Turkish (an
 * outdated one pairs new Turkish with an old translation, and is left until it is current
 * again). Pairs already remembered with the same translation keep their first date; a changed
 * translation of the same Turkish paragraph replaces the older one. Returns how many rows it wrote.
 */
export async function rememberPublished(payload: Payload, ref: DocumentRef, fields: readonly string[]) {
  const { scope, document } = scopeOf(ref)
  const live = await readLive(payload, ref)
  if (!live || live._status !== 'published') return 0
  const [states, stored] = await Promise.all([
    payload.db.find<{ locale: string; publishedStatus?: string | null }>({
      collection: 'translation-states',
      where: { and: [{ scope: { equals: scope } }, { document: { equals: document } }] },
      select: { locale: true, publishedStatus: true },
      pagination: false,
    }),
    payload.db.find<Stored>({
      collection: memoryCollection,
      where: { and: [{ scope: { equals: scope } }, { document: { equals: document } }] },
      select: { key: true, source: true, target: true },
      pagination: false,
    }),
  ])
  const current = states.docs
    .filter((row) => row.publishedStatus === 'current' && translationLocales().includes(row.locale))
    .map((row) => row.locale)
  const existing = new Map(stored.docs.map((row) => [row.key, row]))
  // One row per key: a Turkish paragraph met twice in a field is remembered once, last one wins.
  const wanted = new Map(pairsOf(live, fields, current).map((pair) => [keyOf(scope, document, pair), pair]))
  const now = new Date().toISOString()
  let written = 0
  for (const [key, pair] of wanted) {
    const row = existing.get(key)
    if (row && row.source === pair.source && row.target === pair.target) continue
    const data = { key, scope, document, ...pair, publishedAt: now, updatedAt: now }
    const write = () =>
      payload.db.upsert({ collection: memoryCollection, data, where: { key: { equals: key } }, returning: false })
    // Two publishes of one document at once may both insert a new pair; the second then updates.
    await write().catch(write)
    written++
  }
  return written
}

/** A deleted document's pairs go with it: the memory names only documents that exist. */
export async function forgetDocument(payload: Payload, scope: string, document: string) {
  await payload.db.deleteMany({
    collection: memoryCollection,
    where: { and: [{ scope: { equals: scope } }, { document: { equals: document } }] },
  })
}

/** The reference of a stored scope and document: a global's document is its own slug. */
export const refOf = (payload: Payload, scope: string, document: string): DocumentRef =>
  payload.config.globals.some((g) => g.slug === scope)
    ? { global: scope as GlobalSlug }
    : { collection: scope as CollectionSlug, id: document }
