import type { PayloadRequest } from 'payload'

import { liveAndNewest, type DocumentRef, type LiveAndNewest } from '@/cms/publishing/live-and-newest'
import { translationLocales } from '@/cms/translation-status/read'
import { hashIn, hasTextIn, textIn, unitsIn, type SourceText } from '@/cms/translation-status/text'
import { compareUnits, type KeptUnit } from '@/rich-text/unit-changes'
import { defaultLocale } from '@/shared/locales'
import { becameOutdatedContext, type BecameOutdated, type TranslationState } from '@/shared/states/translation-states'

import type { TranslationState as Row } from '@payload-types'

/**
 * A published Turkish text a translation may have been made from: its plain text per field
 * (the word diff of rows from before units were kept) and its units, paragraph by paragraph.
 */
export type SourceVersion = { hash: string; at: string; text: SourceText; units?: KeptUnit[] }

/** A translation made at some point: its text's hash and the Turkish text's hash it was made from. */
type MadeTranslation = { text: string; from: string }

/**
 * Enough of them for any translation still being worked on to show what changed since, and
 * for a published translation to be found among the drafts made after it.
 */
const historyLength = 10

/**
 * The units' texts of the history together stay under this many characters: a long document
 * revised ten times would otherwise keep ten copies of itself paragraph by paragraph. The
 * newest version keeps its units, and so does every version a translation was made from (one
 * per language at most): those are the ones compared. The others keep theirs, newest first,
 * while they fit; beyond, only their plain text (a translation made from one of them later,
 * by an import of an old file, is compared field by field, as before units were kept).
 */
const historyUnitChars = 200_000

const unitChars = (version: SourceVersion) =>
  (version.units ?? []).reduce((sum, unit) => sum + unit.text.length + unit.id.length + 24, 0)

export function boundedHistory(history: SourceVersion[], madeFrom: ReadonlySet<string>): SourceVersion[] {
  const kept = history.slice(0, historyLength)
  const needed = (version: SourceVersion, i: number) => i === 0 || madeFrom.has(version.hash)
  let chars = kept.reduce((sum, version, i) => sum + (needed(version, i) ? unitChars(version) : 0), 0)
  return kept.map((version, i) => {
    if (!version.units || needed(version, i)) return version
    chars += unitChars(version)
    if (chars <= historyUnitChars) return version
    const { units: _units, ...withoutUnits } = version
    return withoutUnits
  })
}

/** Stored on a translation's row: how many of its Turkish paragraphs changed since it was made. */
export type UnitCounts = { unitsTotal: number | null; unitsChanged: number | null }

/**
 * The paragraph counts of a translation made from the Turkish `from` (a hash of the history),
 * against the Turkish now; unknown (null) when either has no units kept.
 */
export function unitCounts(history: SourceVersion[], from: string | null, now: SourceVersion | undefined): UnitCounts {
  const before = from ? history.find((version) => version.hash === from)?.units : undefined
  if (!before || !now?.units) return { unitsTotal: null, unitsChanged: null }
  const { total, changed } = compareUnits(before, now.units)
  return { unitsTotal: total, unitsChanged: changed.length }
}

export const scopeOf = (ref: DocumentRef): { scope: string; document: string } =>
  'global' in ref ? { scope: ref.global, document: ref.global } : { scope: ref.collection, document: String(ref.id) }

const keyOf = (scope: string, document: string, locale: string) => `${scope}/${document}/${locale}`

/**
 * A document's state rows by language. Read and written through the adapter: the collection
 * has no hooks or field logic of its own and only the server writes it, so Payload's
 * operations added only their own reads (the row again before an update, its lock) to each
 * write, a third of the cost of recording (bench:xliff).
 */
export async function storedRows(req: PayloadRequest, scope: string, document: string): Promise<Map<string, Row>> {
  const { docs } = await req.payload.db.find<Row>({
    collection: 'translation-states',
    where: { and: [{ scope: { equals: scope } }, { document: { equals: document } }] },
    pagination: false,
    req,
  })
  return new Map(docs.map((row) => [row.locale, row]))
}

async function save(req: PayloadRequest, existing: Row | undefined, data: Omit<Row, 'id' | 'createdAt' | 'updatedAt'>) {
  const now = new Date().toISOString()
  if (existing) {
    const changed = (Object.keys(data) as Array<keyof typeof data>).some(
      (key) => JSON.stringify(existing[key] ?? null) !== JSON.stringify(data[key] ?? null),
    )
    if (changed)
      await req.payload.db.updateOne({
        collection: 'translation-states',
        id: existing.id,
        data: { ...data, updatedAt: now },
        req,
        returning: false,
      })
  } else
    await req.payload.db.create({
      collection: 'translation-states',
      data: { ...data, createdAt: now, updatedAt: now },
      req,
      returning: false,
    })
}

const withoutMeta = ({ id: _id, createdAt: _c, updatedAt: _u, ...row }: Row) => row

export type RecordOptions = {
  /** A translation imported from a file exported against this Turkish text (its hash). */
  madeFrom?: { locale: string; hash: string }
  /** An editor's "the Turkish change does not affect the translation" in this language. */
  confirm?: string
  /** The live row and newest version, when the caller has read them within this write. */
  read?: Promise<LiveAndNewest>
  /** The document's state rows by language, when the caller read them for several documents at once. */
  rows?: ReadonlyMap<string, Row>
}

/**
 * Brings a document's translation states up to date after any write. The Turkish text a
 * translation is measured against is the one readers see (the newest draft while nothing is
 * published yet). A translation whose own text changed was made now, from that Turkish text;
 * one that did not change keeps what it was made from, so a Turkish publish makes it outdated.
 * Returns the states by language.
 */
export async function recordTranslationStates(
  req: PayloadRequest,
  ref: DocumentRef,
  fields: readonly string[],
  options: RecordOptions = {},
): Promise<Record<string, TranslationState>> {
  const { scope, document } = scopeOf(ref)
  const [{ live, newest }, rows] = await Promise.all([
    options.read ?? liveAndNewest(req, ref),
    options.rows ?? storedRows(req, scope, document),
  ])
  const source = live?._status === 'published' || !newest ? live : newest
  const current = newest ?? live
  const now = new Date().toISOString()
  const by = req.user ? String(req.user.id) : null

  const turkish = rows.get(defaultLocale)
  const sourceHash = hashIn(source, fields, defaultLocale)
  const before = turkish?.sourceHash ?? sourceHash
  const kept = Array.isArray(turkish?.history) ? (turkish.history as SourceVersion[]) : []
  // The Turkish texts the translations were made from: their units are what is compared.
  const madeFrom = new Set(
    [...rows.values()].flatMap((row) => (row.locale !== defaultLocale && row.sourceHash ? [row.sourceHash] : [])),
  )
  let history = kept
  if (!turkish || turkish.sourceHash !== sourceHash) {
    const version: SourceVersion = {
      hash: sourceHash,
      at: now,
      text: textIn(source, fields, defaultLocale),
      units: unitsIn(source, fields, defaultLocale),
    }
    history = boundedHistory([version, ...kept.filter((v) => v.hash !== sourceHash)], madeFrom)
    await save(req, turkish, {
      key: keyOf(scope, document, defaultLocale),
      scope,
      document,
      locale: defaultLocale,
      status: null,
      sourceHash,
      textHash: null,
      // A document met for the first time (a new one, or one from before translation states)
      // dates its Turkish from its last save rather than from this moment.
      changedAt: turkish ? now : String(current?.updatedAt ?? now),
      changedBy: turkish ? by : null,
      history,
      unitsTotal: version.units?.length ?? 0,
      unitsChanged: null,
    })
  } else if (typeof turkish.unitsTotal !== 'number' || !kept.find((v) => v.hash === sourceHash)?.units) {
    // A row from before units were kept (`npm start` brings them all here once, see
    // backfill.ts): the Turkish now gains them, so translations made from it are compared
    // paragraph by paragraph when the Turkish next changes.
    const present = kept.find((v) => v.hash === sourceHash) ?? {
      hash: sourceHash,
      at: String(turkish.changedAt ?? now),
      text: textIn(source, fields, defaultLocale),
    }
    const units = unitsIn(source, fields, defaultLocale)
    history = boundedHistory([{ ...present, units }, ...kept.filter((v) => v.hash !== sourceHash)], madeFrom)
    await save(req, turkish, { ...withoutMeta(turkish), history, unitsTotal: units.length })
  }

  const states: Record<string, TranslationState> = {}
  const statusOf = (text: string | null, from: string | null): TranslationState =>
    !text ? 'missing' : from === sourceHash ? 'current' : 'outdated'
  for (const locale of translationLocales()) {
    const row = rows.get(locale)
    const textHash = hasTextIn(current, fields, locale) ? hashIn(current, fields, locale) : null
    const published = live?._status === 'published' && hasTextIn(live, fields, locale)
    const publishedHash = published ? hashIn(live, fields, locale) : null
    let madeFrom = row?.sourceHash ?? null
    let changedAt = row?.changedAt ?? null
    let changedBy = row?.changedBy ?? null
    if (options.madeFrom?.locale === locale) madeFrom = options.madeFrom.hash
    else if (options.confirm === locale || (textHash && textHash !== (row?.textHash ?? null)))
      // A new or confirmed translation is made from today's Turkish. One met for the first time
      // with a text already there (content from before translation states) counts as made from
      // the Turkish as it was before this write.
      madeFrom = row || options.confirm === locale ? sourceHash : before
    let made = Array.isArray(row?.history) ? (row.history as MadeTranslation[]) : []
    if (madeFrom !== (row?.sourceHash ?? null) || textHash !== (row?.textHash ?? null)) {
      changedAt = row ? now : String(current?.updatedAt ?? now)
      changedBy = by
      if (textHash && madeFrom)
        made = [{ text: textHash, from: madeFrom }, ...made.filter((m) => m.text !== textHash)].slice(0, historyLength)
    }
    const status = statusOf(textHash, madeFrom)
    // Counted here, once per write, so lists and the dashboard read two numbers (decision 010).
    const counts =
      status === 'outdated'
        ? unitCounts(
            history,
            madeFrom,
            history.find((v) => v.hash === sourceHash),
          )
        : unitCounts([], null, undefined)
    // A published text no longer among those remembered is older than all of them; the oldest
    // one remembered is the nearest knowledge of the Turkish it was made from.
    const publishedFrom =
      publishedHash === textHash ? madeFrom : (made.find((m) => m.text === publishedHash) ?? made.at(-1))?.from
    states[locale] = status
    if (row?.status === 'current' && status === 'outdated') {
      const told = (req.context[becameOutdatedContext] as BecameOutdated[] | undefined) ?? []
      req.context[becameOutdatedContext] = [...told, { scope, document, locale }]
    }
    await save(req, row, {
      key: keyOf(scope, document, locale),
      scope,
      document,
      locale,
      status,
      publishedStatus: statusOf(publishedHash, publishedFrom ?? null),
      sourceHash: textHash ? madeFrom : null,
      textHash,
      changedAt,
      changedBy,
      history: made.length ? made : null,
      ...counts,
    })
  }
  return states
}

/** A deleted document's states go with it. */
export async function removeTranslationStates(req: PayloadRequest, ref: DocumentRef): Promise<void> {
  const { scope, document } = scopeOf(ref)
  await req.payload.delete({
    collection: 'translation-states',
    where: { and: [{ scope: { equals: scope } }, { document: { equals: document } }] },
    overrideAccess: true,
    req,
  })
}
