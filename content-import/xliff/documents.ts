import { createHash } from 'node:crypto'

import type { Payload, Where } from 'payload'

import { richTextUnits, textUnit, type Unit } from '@/rich-text/segments'
import { compareUnits, keptUnit, type KeptUnit } from '@/rich-text/unit-changes'
import { defaultLocale, type Locale } from '@/shared/locales'
import { relationId } from '@/shared/relation-id'
import type { TranslationState } from '@/shared/states/translation-states'

/**
 * What the XLIFF exchange translates: the translated fields of each collection, in reading
 * order, as text (a title or label) or rich text. The same fields the CMS follows the
 * translation of (`withTranslationAid` in each collection's config; a test holds the two together).
 */
export const translatable = {
  areas: { title: 'text', description: 'text' },
  questions: { text: 'text', explanation: 'rich' },
  choices: { label: 'text' },
  advice: { body: 'rich' },
} as const satisfies Record<string, Record<string, 'text' | 'rich'>>

export type TranslatableCollection = keyof typeof translatable
export const isTranslatable = (value: string): value is TranslatableCollection => Object.hasOwn(translatable, value)

type Doc = Record<string, unknown> & { id: string | number }

/** A document's units, field by field in reading order. */
export function unitsOf(collection: TranslatableCollection, doc: Record<string, unknown> | undefined): Unit[] {
  if (!doc) return []
  return Object.entries(translatable[collection]).flatMap(([field, kind]) => {
    if (kind === 'rich') return richTextUnits(field, doc[field])
    const unit = textUnit(field, doc[field])
    return unit ? [unit] : []
  })
}

/** A fingerprint of a document's text in one language, unit by unit (an editor's change since the export shows in it). */
export const unitsFingerprint = (units: Unit[]) =>
  createHash('sha256')
    .update(JSON.stringify(units.map((u) => [u.id, u.fingerprint])))
    .digest('hex')
    .slice(0, 32)

/** Whether two lists of units have the same ids and kinds: a translation laid out as its Turkish. */
export const sameLayout = (a: Unit[], b: Unit[]) =>
  a.length === b.length && a.every((unit, i) => unit.id === b[i].id && unit.kind === b[i].kind)

/**
 * Where an outdated translation's paragraphs stand against the Turkish now, by the Turkish
 * units' ids: `unchanged`, the units whose Turkish did not change since the translation was
 * made, each with the translation's unit made from it (they go out as context and stay as they
 * are); `previous`, a rewritten unit's old translation (a starting point). The translation was
 * made from the Turkish of then: laid out as that text, its units follow the old ids; laid out
 * as the Turkish now, only the units that kept their place can be told. Null when the Turkish
 * of then was not kept, or the translation is laid out as neither.
 */
export function translationPlaces(
  texts: DocumentTexts,
  units: Unit[],
  translated: Unit[],
): { unchanged: Map<string, Unit>; previous: Map<string, Unit> } | null {
  const then = texts.madeFromUnits
  if (texts.status !== 'outdated' || !then) return null
  const byId = new Map(translated.map((unit) => [unit.id, unit]))
  const { same, changed } = compareUnits(then, units.map(keptUnit))
  const asThen = translated.length === then.length && translated.every((unit, i) => unit.id === then[i].id)
  if (!asThen && !sameLayout(units, translated)) return null
  const place = (before: KeptUnit, now: KeptUnit) =>
    asThen ? byId.get(before.id) : before.id === now.id ? byId.get(now.id) : undefined
  const unchanged = new Map<string, Unit>()
  const previous = new Map<string, Unit>()
  for (const { before, now } of same) {
    const unit = place(before, now)
    if (unit) unchanged.set(now.id, unit)
  }
  for (const { before, now } of changed) {
    const unit = before && now ? place(before, now) : undefined
    if (unit && now) previous.set(now.id, unit)
  }
  return { unchanged, previous }
}

export type DocumentTexts = {
  collection: TranslatableCollection
  id: string
  /** The published Turkish. */
  turkish: Doc
  /** The newest translation (a draft or the published one), without Turkish filled in. */
  translation: Doc | undefined
  /** The published translation, to tell a published one from a newer draft. */
  published: Doc | undefined
  /** Translation states: this language's status and the Turkish row's hash of the published Turkish. */
  status: TranslationState
  turkishSource: string | null
  /**
   * An outdated translation's Turkish as it was when the translation was made, unit by unit
   * (the CMS keeps it on the Turkish row's history); null when not kept or not asked for.
   */
  madeFromUnits: KeptUnit[] | null
}

const fieldsOf = (collection: TranslatableCollection) =>
  Object.fromEntries(Object.keys(translatable[collection]).map((f) => [f, true]))

const relationFields: Record<TranslatableCollection, string[]> = {
  areas: ['order'],
  questions: ['number', 'area'],
  choices: ['question', 'number'],
  // The numbers name an advice in the file's notes ("Reçete: Soru 3 · Seçenek 2"), as in the CMS.
  advice: ['choice', 'questionNumber', 'choiceNumber'],
}

/**
 * Every document of `collection` with published Turkish, its translation into `locale` and
 * where that translation stands; `ids` narrows it to some documents.
 */
export async function readTexts(
  payload: Payload,
  collection: TranslatableCollection,
  locale: Locale,
  ids?: string[],
): Promise<DocumentTexts[]> {
  const texts = await readStates(payload, collection, locale, ids)
  return withMadeFromUnits(payload, collection, texts)
}

type History = Array<{ hash?: string; units?: KeptUnit[] }>

/**
 * The units of the Turkish each outdated translation was made from, from the Turkish rows'
 * history: read only for the outdated ones (the history is the largest part of a state row).
 */
async function withMadeFromUnits(
  payload: Payload,
  collection: TranslatableCollection,
  texts: Array<DocumentTexts & { madeFrom: string | null }>,
): Promise<DocumentTexts[]> {
  const outdated = texts.filter((t) => t.status === 'outdated' && t.madeFrom)
  const histories = new Map<string, History>()
  for (let i = 0; i < outdated.length; i += 500) {
    const { docs } = await payload.find({
      collection: 'translation-states',
      where: {
        and: [
          { scope: { equals: collection } },
          { locale: { equals: defaultLocale } },
          { document: { in: outdated.slice(i, i + 500).map((t) => t.id) } },
        ],
      },
      select: { document: true, history: true },
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    for (const row of docs) if (Array.isArray(row.history)) histories.set(row.document, row.history as History)
  }
  return texts.map(({ madeFrom, ...t }) => ({
    ...t,
    madeFromUnits: (madeFrom && histories.get(t.id)?.find((v) => v.hash === madeFrom)?.units) || null,
  }))
}

async function readStates(
  payload: Payload,
  collection: TranslatableCollection,
  locale: Locale,
  ids?: string[],
): Promise<Array<DocumentTexts & { madeFrom: string | null }>> {
  const select = fieldsOf(collection)
  const byId: Where[] = ids ? [{ id: { in: ids } }] : []
  const common = {
    collection,
    pagination: false as const,
    depth: 0,
    overrideAccess: true,
    fallbackLocale: false as const,
  }
  const published: Where = { and: [...byId, { _status: { equals: 'published' } }] }
  const [turkish, newest, live, states] = await Promise.all([
    payload.find({
      ...common,
      locale: defaultLocale,
      where: published,
      select: { ...select, ...Object.fromEntries(relationFields[collection].map((f) => [f, true])) },
    }),
    payload.find({
      ...common,
      locale,
      draft: true,
      where: byId.length ? byId[0] : {},
      select: { ...select, reviewState: true },
    }),
    payload.find({ ...common, locale, where: published, select }),
    payload.find({
      collection: 'translation-states',
      where: {
        and: [
          { scope: { equals: collection } },
          { locale: { in: [locale, defaultLocale] } },
          ...(ids ? [{ document: { in: ids } }] : []),
        ],
      },
      select: { document: true, locale: true, status: true, sourceHash: true },
      pagination: false,
      depth: 0,
      overrideAccess: true,
    }),
  ])
  const newestById = new Map(newest.docs.map((d) => [String(d.id), d as unknown as Doc]))
  const liveById = new Map(live.docs.map((d) => [String(d.id), d as unknown as Doc]))
  const status = new Map<string, TranslationState>()
  const source = new Map<string, string>()
  const madeFrom = new Map<string, string>()
  for (const row of states.docs) {
    if (row.locale === locale && row.status) status.set(row.document, row.status)
    if (row.locale === locale && row.sourceHash) madeFrom.set(row.document, row.sourceHash)
    if (row.locale === defaultLocale && row.sourceHash) source.set(row.document, row.sourceHash)
  }
  return turkish.docs.map((doc) => {
    const id = String(doc.id)
    return {
      collection,
      id,
      turkish: doc as unknown as Doc,
      translation: newestById.get(id),
      published: liveById.get(id),
      status: status.get(id) ?? 'missing',
      turkishSource: source.get(id) ?? null,
      madeFromUnits: null,
      madeFrom: madeFrom.get(id) ?? null,
    }
  })
}

/** The question a document belongs to (its number), for grouping files; null for areas. */
export function questionOf(
  texts: DocumentTexts,
  questions: Map<string, number>,
  choiceQuestion: Map<string, string>,
): number | null {
  const doc = texts.turkish
  if (texts.collection === 'questions') return Number(doc.number)
  if (texts.collection === 'choices') return questions.get(relationId(doc.question as never) ?? '') ?? null
  if (texts.collection === 'advice') {
    const question = choiceQuestion.get(relationId(doc.choice as never) ?? '')
    return question ? (questions.get(question) ?? null) : null
  }
  return null
}
