import type { CollectionSlug, GlobalSlug, PayloadRequest } from 'payload'

import { isLocale } from '@/shared/locales'

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
export async function otherLanguagesHavePendingDrafts(
  args: { req: PayloadRequest; locale: string } & (
    { collection: CollectionSlug; id: number | string } | { global: GlobalSlug }
  ),
): Promise<boolean> {
  const { req, locale } = args
  const [live, newest] = await ('global' in args
    ? Promise.all([
        req.payload.db.findGlobal<Record<string, unknown>>({ slug: args.global, req, locale: 'all' }),
        req.payload.db.findGlobalVersions({
          global: args.global,
          req,
          locale: 'all',
          limit: 1,
          pagination: false,
          sort: '-updatedAt',
        }),
      ])
    : Promise.all([
        req.payload.db.findOne<Record<string, unknown> & { id: string }>({
          collection: args.collection,
          req,
          locale: 'all',
          where: { id: { equals: args.id } },
        }),
        req.payload.db.findVersions({
          collection: args.collection,
          req,
          locale: 'all',
          limit: 1,
          pagination: false,
          sort: '-updatedAt',
          where: { parent: { equals: args.id } },
        }),
      ]))
  const draft = newest.docs[0]?.version as Record<string, unknown> | undefined
  if (!live || !draft || draft._status !== 'draft') return false
  return JSON.stringify(otherLanguages(live, locale)) !== JSON.stringify(otherLanguages(draft, locale))
}
