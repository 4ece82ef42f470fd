import type { CollectionSlug, PayloadRequest, Where } from 'payload'

import { defaultLocale, localeCodes } from '@/shared/locales'
import { translationStates, type TranslationState } from '@/shared/states/translation-states'

export type TranslationStatus = Record<string, TranslationState>

/** An outdated translation's paragraphs: of `total` Turkish ones, `changed` changed since it was made. */
export type UnitChangeCounts = { total: number; changed: number }
/** By language; only outdated translations whose paragraphs were compared have an entry. */
export type TranslationChanges = Record<string, UnitChangeCounts>

type Stored = { status: TranslationStatus; changes: TranslationChanges }

/** Every language but Turkish; a document nobody translated has no rows and is missing everywhere. */
export const translationLocales = (): string[] => localeCodes.filter((code) => code !== defaultLocale)

const contextKey = (scope: string) => `translationStatus:${scope}`

type Batch = { documents: string[]; reading: Promise<Map<string, Stored>> }

/**
 * The states of the documents a request reads, read together: a list page reads its rows'
 * fields all at once, so what is asked for within one turn of the event loop becomes one
 * query for those documents (a single document's read stays a one-document query).
 */
function statusOfDocument(req: PayloadRequest, scope: string, document: string) {
  const key = contextKey(scope)
  let batch = req.context[key] as Batch | undefined
  if (!batch) {
    const documents: string[] = []
    const reading = new Promise<void>((resolve) => setImmediate(resolve)).then(async () => {
      // Asked for later (another read in the same request): a batch of its own.
      delete req.context[key]
      // Through the adapter: the states' collection has no hooks, and its access rule is the
      // caller's (field access hides the status from all but staff); a list page's hundred rows
      // took 10–27 ms through the Local API, 2–3 ms this way.
      const { docs } = await req.payload.db.find<{
        document: string
        locale: string
        status?: TranslationState | null
        unitsTotal?: number | null
        unitsChanged?: number | null
      }>({
        collection: 'translation-states',
        where: {
          and: [
            { scope: { equals: scope } },
            { document: { in: documents } },
            { locale: { not_equals: defaultLocale } },
          ],
        },
        select: { document: true, locale: true, status: true, unitsTotal: true, unitsChanged: true },
        pagination: false,
        req,
      })
      const byDocument = new Map<string, Stored>()
      for (const row of docs) {
        if (!row.status) continue
        const stored = byDocument.get(row.document) ?? { status: {}, changes: {} }
        stored.status[row.locale] = row.status
        if (row.status === 'outdated' && typeof row.unitsTotal === 'number' && typeof row.unitsChanged === 'number')
          stored.changes[row.locale] = { total: row.unitsTotal, changed: row.unitsChanged }
        byDocument.set(row.document, stored)
      }
      return byDocument
    })
    batch = { documents, reading }
    req.context[key] = batch
  }
  batch.documents.push(document)
  return batch.reading.then((byDocument) => byDocument.get(document) ?? { status: {}, changes: {} })
}

/** `{ en: 'current', … }`: one key per language other than Turkish. */
export async function translationStatusOf(
  req: PayloadRequest,
  scope: string,
  document: string,
): Promise<TranslationStatus> {
  const { status } = await statusOfDocument(req, scope, document)
  return Object.fromEntries(translationLocales().map((locale) => [locale, status[locale] ?? 'missing']))
}

/** `{ en: { total: 10, changed: 1 } }`: the outdated translations' paragraph counts, read with the states. */
export async function translationChangesOf(
  req: PayloadRequest,
  scope: string,
  document: string,
): Promise<TranslationChanges> {
  return (await statusOfDocument(req, scope, document)).changes
}

export type StateCounts = Record<TranslationState, number>

/**
 * The outdated translations' paragraphs summed over documents: of `total` Turkish ones,
 * `changed` changed since they were translated; `uncounted` outdated documents were never
 * compared paragraph by paragraph (made before units were kept) and are not in the sums.
 */
export type ParagraphTotals = { total: number; changed: number; uncounted: number }

export const noParagraphs = (): ParagraphTotals => ({ total: 0, changed: 0, uncounted: 0 })

/** Adds one outdated translation's counts (or their absence) to `sum`. */
export function addParagraphs(sum: ParagraphTotals, counts: UnitChangeCounts | undefined): ParagraphTotals {
  if (!counts) sum.uncounted += 1
  else {
    sum.total += counts.total
    sum.changed += counts.changed
  }
  return sum
}

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
