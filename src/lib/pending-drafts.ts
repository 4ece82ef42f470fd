import type { CollectionSlug, PayloadRequest } from 'payload'

import { isLocale } from './locales'

const isLocaleMap = (value: object): boolean => {
  const keys = Object.keys(value)
  return keys.length > 0 && keys.every(isLocale)
}

/** Only the localized values of the other languages; everything shared is left out. */
function otherLanguages(value: unknown, locale: string, inLocaleMap = false): unknown {
  if (Array.isArray(value)) return value.map((v) => otherLanguages(v, locale, inLocaleMap))
  if (!value || typeof value !== 'object') return inLocaleMap ? value : undefined
  if (isLocaleMap(value)) {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([code]) => code !== locale)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([code, v]) => [code, otherLanguages(v, locale, true)]),
    )
  }
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !['id', 'createdAt', 'updatedAt', '_status', 'importedAt'].includes(key))
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, v]) => [key, otherLanguages(v, locale, inLocaleMap)]),
  )
}

/**
 * Whether the newest draft of a document holds changes, in a language other than
 * `locale`, that readers do not see yet. Only then must a publish be limited to one
 * language: Payload's per-language publish always leaves a draft copy behind as the
 * newest version, which would show a fully published document as "draft" in the admin.
 */
export async function otherLanguagesHavePendingDrafts(args: {
  req: PayloadRequest
  collection: CollectionSlug
  id: number | string
  locale: string
}): Promise<boolean> {
  const { req, collection, id, locale } = args
  const [live, newest] = await Promise.all([
    req.payload.db.findOne<Record<string, unknown> & { id: string }>({ collection, req, locale: 'all', where: { id: { equals: id } } }),
    req.payload.db.findVersions({ collection, req, locale: 'all', limit: 1, pagination: false, sort: '-updatedAt', where: { parent: { equals: id } } }),
  ])
  const draft = newest.docs[0]?.version as Record<string, unknown> | undefined
  if (!live || !draft || draft._status !== 'draft') return false
  return JSON.stringify(otherLanguages(live, locale)) !== JSON.stringify(otherLanguages(draft, locale))
}
