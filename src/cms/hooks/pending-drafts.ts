import type { PayloadRequest } from 'payload'

import { liveAndNewest, type DocumentRef } from '@/cms/publishing/live-and-newest'
import { notContent } from '@/cms/publishing/versions'
import { isLocale } from '@/shared/locales'

export type Values = Record<string, unknown>

export const isLocaleMap = (value: object): boolean => {
  const keys = Object.keys(value)
  return keys.length > 0 && keys.every(isLocale)
}

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
