import type { Payload } from 'payload'

import { labelIn } from '@/cms/admin/format'
import { translatedFields } from '@/cms/translation-status/hooks'

/** A collection with translated fields (`withTranslationAid`), named in the admin's language. */
export type Translatable = { slug: string; label: string; singular: string; useAsTitle: string }

/** The collections the dashboard's translation and review panels go through. */
export const translatableCollections = (payload: Payload, language: string): Translatable[] =>
  payload.config.collections
    .filter((c) => translatedFields(c.fields))
    .map((c) => ({
      slug: c.slug,
      label: labelIn(c.labels?.plural, language),
      singular: labelIn(c.labels?.singular, language),
      useAsTitle: c.admin.useAsTitle ?? 'id',
    }))

export const translatableGlobals = (payload: Payload) =>
  payload.config.globals.filter((g) => translatedFields(g.fields))

/** A document's title as its list shows it, or its id when it has none in that language. */
export function titleOf(doc: Record<string, unknown> & { id: string }, collection: Translatable): string {
  const title = doc[collection.useAsTitle]
  return typeof title === 'string' && title ? title : String(doc.id)
}
