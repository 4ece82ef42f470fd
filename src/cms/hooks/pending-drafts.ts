import type { PayloadRequest } from 'payload'

import { liveAndNewest, type DocumentRef } from '@/cms/live-and-newest'
import { notInVersions } from '@/cms/versions'
import { isLocale } from '@/shared/locales'

type Values = Record<string, unknown>

const isLocaleMap = (value: object): boolean => {
  const keys = Object.keys(value)
  return keys.length > 0 && keys.every(isLocale)
}

/**
 * Bookkeeping, the review and the schedule dates: a draft that only sends a translation to
 * review or schedules a publish holds no change readers wait for.
 */
const notContent = [
  'id',
  'createdAt',
  'updatedAt',
  '_status',
  'importedAt',
  'changedBy',
  'source',
  'publishAt',
  'unpublishAt',
  'publishAt_tz',
  'unpublishAt_tz',
  'reviewState',
  'reviewComment',
  'reviewSentBy',
  'reviewSentAt',
]

/** Nothing of another language in it: shared values, and the containers left empty of them. */
const holdsNothing = (value: unknown): boolean =>
  value === undefined ||
  (Array.isArray(value)
    ? value.every(holdsNothing)
    : typeof value === 'object' && value !== null && Object.values(value).every(holdsNothing))

/**
 * Only the localized values of the languages `keep` accepts; everything shared is left out, and
 * so are what only one side has (a join field's list of related documents is in the live row,
 * not in a version).
 */
export function languageValues(value: unknown, keep: (locale: string) => boolean, inLocaleMap = false): unknown {
  if (Array.isArray(value)) {
    const values = value.map((v) => languageValues(v, keep, inLocaleMap))
    return inLocaleMap || !values.every(holdsNothing) ? values : undefined
  }
  if (!value || typeof value !== 'object') return inLocaleMap ? value : undefined
  if (isLocaleMap(value)) {
    return Object.fromEntries(
      Object.entries(value)
        // A language with nothing written is absent, whether stored as null or not at all: a
        // draft never published carries `en: null` where its live row has no English at all.
        .filter(([code, v]) => keep(code) && v !== null && v !== undefined && v !== '')
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([code, v]) => [code, languageValues(v, keep, true)]),
    )
  }
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !notContent.includes(key))
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, v]) => [key, languageValues(v, keep, inLocaleMap)])
      .filter(([, v]) => inLocaleMap || !holdsNothing(v)),
  )
}

/**
 * Whether the newest draft of a document holds changes, in a language other than
 * `locale`, that readers do not see yet. Only then must a publish be limited to one
 * language: Payload's per-language publish always leaves a draft copy behind as the
 * newest version, which would show a fully published document as "draft" in the admin.
 */
export async function otherLanguagesHavePendingDrafts(
  req: PayloadRequest,
  ref: DocumentRef,
  locale: string,
): Promise<boolean> {
  const { live, newest: draft } = await liveAndNewest(req, ref)
  if (!live || !draft || draft._status !== 'draft') return false
  const others = (code: string) => code !== locale
  return JSON.stringify(languageValues(live, others)) !== JSON.stringify(languageValues(draft, others))
}

/**
 * The shared (not localized) fields whose value differs: a number, a relation. Only fields both sides
 * have count (the live row also carries join fields, which versions do not).
 */
function sharedChanges(live: Values, newest: Values, derived: Set<string>): string[] {
  return Object.keys(live).filter(
    (key) =>
      key in newest &&
      !notContent.includes(key) &&
      !derived.has(key) &&
      !(live[key] && typeof live[key] === 'object' && isLocaleMap(live[key] as object)) &&
      JSON.stringify(live[key]) !== JSON.stringify(newest[key]),
  )
}

/**
 * Where a document stands for readers, per language, as lists and forms show it:
 * - `live`: readers see it; `everPublished`: it has been live before (an unpublished one);
 * - `pending`: the languages whose newest draft holds changes readers do not see yet;
 * - `shared`: the fields whose draft changes a value of every language (a number, a relation).
 */
export type PublishingState = { live: boolean; everPublished: boolean; pending: string[]; shared: string[] }

export async function publishingStateOf(req: PayloadRequest, ref: DocumentRef): Promise<PublishingState> {
  const { live, newest } = await liveAndNewest(req, ref)
  const isLive = live?._status === 'published'
  const state: PublishingState = { live: isLive, everPublished: isLive, pending: [], shared: [] }
  if (!isLive) {
    const { totalDocs } =
      'collection' in ref
        ? await req.payload.db.findVersions({
            collection: ref.collection,
            req,
            limit: 1,
            pagination: false,
            where: { and: [{ parent: { equals: ref.id } }, { 'version._status': { equals: 'published' } }] },
          })
        : { totalDocs: 0 }
    state.everPublished = totalDocs > 0
    return state
  }
  if (!newest || newest._status !== 'draft') return state
  const languages = new Set<string>()
  for (const doc of [live, newest])
    JSON.stringify(doc, (key, v) => {
      if (v && typeof v === 'object' && !Array.isArray(v) && isLocaleMap(v))
        Object.keys(v).forEach((c) => languages.add(c))
      return v
    })
  for (const code of [...languages].sort()) {
    const only = (c: string) => c === code
    if (JSON.stringify(languageValues(live, only)) !== JSON.stringify(languageValues(newest, only)))
      state.pending.push(code)
  }
  const derived =
    'collection' in ref ? notInVersions(req.payload.collections[ref.collection].config) : new Set<string>()
  state.shared = sharedChanges(live as Values, newest, derived)
  return state
}
