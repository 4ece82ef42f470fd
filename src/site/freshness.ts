import type { Where } from 'payload'
import { cache } from 'react'

import { pick, type InLanguage } from '@/site/localized'
import { payloadClient } from '@/site/payload-client'
import type { ResourceDoc, ResourceView } from '@/site/content-shapes'
import { defaultLocale, type Locale } from '@/shared/locales'
import { failingStates } from '@/shared/links/link-states'

/**
 * What pages say about the state of what they show: a link the checker found failing, a
 * translation older than its Turkish original.
 */

/** Resource id → the failing check of its link (the link as it was checked, and when). */
export type FailingLinks = Map<string, { url: string; checkedAt: string }>

/**
 * Links the checker found broken or unreachable, so no page offers them as if they worked.
 * Link checks are staff-only records; the site reads only this fact from them.
 */
export const getFailingLinks = cache(async (): Promise<FailingLinks> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'link-checks',
    where: { state: { in: [...failingStates] } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return new Map(docs.map((c) => [c.resource as string, { url: c.url, checkedAt: c.checkedAt }]))
})

/** `<collection>/<id>` → when its Turkish original changed, for documents outdated in `locale`. */
export type OutdatedTranslations = Map<string, string>

/**
 * Published translations made before the last change of their Turkish original, so a page can
 * say so (whether a newer translation waits as a draft or not). Translation states are
 * staff-only records; the site reads only this fact from them.
 */
export const getOutdatedTranslations = cache(async (locale: Locale): Promise<OutdatedTranslations> => {
  if (locale === defaultLocale) return new Map()
  const payload = await payloadClient()
  const read = (where: Where) =>
    payload.find({
      collection: 'translation-states',
      where,
      select: { scope: true, document: true, changedAt: true },
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
  const { docs: outdated } = await read({
    and: [{ locale: { equals: locale } }, { publishedStatus: { equals: 'outdated' } }],
  })
  if (outdated.length === 0) return new Map()
  const { docs: turkish } = await read({
    and: [{ locale: { equals: defaultLocale } }, { document: { in: outdated.map((row) => row.document) } }],
  })
  return new Map(turkish.map((row) => [`${row.scope}/${row.document}`, row.changedAt ?? '']))
})

/** When the Turkish original of a text shown in the reader's language changed after its translation. */
export const turkishUpdate = (
  outdated: OutdatedTranslations,
  key: string,
  text: InLanguage<unknown>,
  locale: Locale,
) => (text.lang === locale ? outdated.get(key) || null : null)

export const resourceView = (r: ResourceDoc, locale: Locale, failing: FailingLinks): ResourceView => {
  const failed = failing.get(r.id)
  return {
    id: r.id,
    url: r.url,
    title: pick(r.title, locale) ?? { value: r.url, lang: locale },
    kind: r.kind ?? null,
    publisher: r.publisher ?? null,
    // A link edited since its check is the editor's new link: not marked.
    linkFailedAt: failed && failed.url === r.url ? failed.checkedAt : null,
  }
}
