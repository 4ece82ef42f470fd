import type { CollectionSlug, PayloadRequest, Where } from 'payload'

import { defaultLocale, localeCodes } from '@/shared/locales'
import { translationStates, type TranslationState } from '@/shared/translation-states'

export type TranslationStatus = Record<string, TranslationState>

/** Every language but Turkish; a document nobody translated has no rows and is missing everywhere. */
export const translationLocales = (): string[] => localeCodes.filter((code) => code !== defaultLocale)

const contextKey = (scope: string) => `translationStatus:${scope}`

/**
 * The states of every document in a collection (or a global), read once per request: a list
 * page asks for each of its rows, and one query for all is cheaper than one per row. The
 * promise is what is kept, as Payload reads the rows' fields all at once.
 */
function statusesIn(req: PayloadRequest, scope: string): Promise<Map<string, TranslationStatus>> {
  const cached = req.context[contextKey(scope)] as Promise<Map<string, TranslationStatus>> | undefined
  if (cached) return cached
  const reading = req.payload
    .find({
      collection: 'translation-states',
      where: { and: [{ scope: { equals: scope } }, { locale: { not_equals: defaultLocale } }] },
      select: { document: true, locale: true, status: true },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
    })
    .then(({ docs }) => {
      const byDocument = new Map<string, TranslationStatus>()
      for (const row of docs) {
        if (!row.status) continue
        const status = byDocument.get(row.document) ?? {}
        status[row.locale] = row.status
        byDocument.set(row.document, status)
      }
      return byDocument
    })
  req.context[contextKey(scope)] = reading
  return reading
}

/** `{ en: 'current', … }`: one key per language other than Turkish. */
export async function translationStatusOf(
  req: PayloadRequest,
  scope: string,
  document: string,
): Promise<TranslationStatus> {
  const stored = (await statusesIn(req, scope)).get(document) ?? {}
  return Object.fromEntries(translationLocales().map((locale) => [locale, stored[locale] ?? 'missing']))
}

export type StateCounts = Record<TranslationState, number>

/** How many documents of a collection are missing, outdated or current in one language. */
export async function countStates(
  req: PayloadRequest,
  collection: CollectionSlug,
  locale: string,
): Promise<StateCounts> {
  const [{ totalDocs }, ...counted] = await Promise.all([
    req.payload.count({ collection, overrideAccess: true, req }),
    ...(['outdated', 'current'] as const).map((status) =>
      req.payload.count({
        collection: 'translation-states',
        where: rowsWhere(collection, locale, [status]),
        overrideAccess: true,
        req,
      }),
    ),
  ])
  const [outdated, current] = counted.map((c) => c.totalDocs)
  return { missing: Math.max(0, totalDocs - outdated - current), outdated, current }
}

const rowsWhere = (scope: string, locale: string, states: readonly TranslationState[]): Where => ({
  and: [{ scope: { equals: scope } }, { locale: { equals: locale } }, { status: { in: [...states] } }],
})

/**
 * A `where` on a collection's own ids for "documents in these states in this language".
 * Missing is what is neither outdated nor current, so documents without rows count there.
 */
export async function whereInStates(
  req: PayloadRequest,
  collection: string,
  locale: string,
  states: readonly TranslationState[],
): Promise<Where> {
  const missing = states.includes('missing')
  const others = missing ? translationStates.filter((s) => !states.includes(s)) : states
  if (others.length === 0) return {}
  const { docs } = await req.payload.find({
    collection: 'translation-states',
    where: rowsWhere(collection, locale, others),
    select: { document: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const ids = docs.map((row) => row.document)
  // Empty lists are left out: `in: []` is not valid SQL on every adapter.
  if (ids.length === 0) return missing ? {} : { id: { exists: false } }
  return missing ? { id: { not_in: ids } } : { id: { in: ids } }
}
