import type { Payload, PayloadRequest, SanitizedCollectionConfig, SanitizedGlobalConfig } from 'payload'

import { labelIn } from '@/cms/admin/format'
import { isLocale, localeName } from '@/shared/locales'
import { activitySummary, systemPerson, type ActivityAction } from '@/shared/activity'

export type ActivityEntry = {
  action: ActivityAction
  /** Who: the signed-in person unless given (a command-line run). */
  personName?: string
  collection?: string
  document?: string
  documentTitle?: string
  locale?: string | null
  details?: Record<string, unknown>
}

type Entity = Pick<SanitizedCollectionConfig | SanitizedGlobalConfig, 'slug'> & {
  labels?: { singular?: unknown }
  label?: unknown
}

const turkish = (label: unknown): string | undefined => labelIn(label, 'tr') || undefined

/** A document as the log names it: its collection's (or global's) slug, id and title in Turkish. */
export function documentOf(entity: Entity, doc: Record<string, unknown>, useAsTitle?: string) {
  const title = useAsTitle ? doc[useAsTitle] : undefined
  const text = typeof title === 'string' ? title : typeof title === 'number' ? String(title) : turkish(title)
  const kind = turkish(entity.labels?.singular) ?? turkish(entity.label) ?? entity.slug
  return {
    collection: entity.slug,
    document: doc.id === undefined ? entity.slug : String(doc.id),
    documentTitle: text ? `${kind}: ${text}` : kind,
  }
}

/**
 * Adds an entry to the activity log. With `req`, inside the write's own request (and its
 * transaction, where the database has them): the entry stands or falls with what it records.
 */
export async function recordActivity(payload: Payload, entry: ActivityEntry, req?: PayloadRequest): Promise<void> {
  const user = req?.user as { id: string | number; name?: string | null; email?: string } | null | undefined
  const personName = entry.personName ?? (user ? user.name || user.email || String(user.id) : systemPerson)
  await payload.create({
    collection: 'activity-log',
    data: {
      action: entry.action,
      person: entry.personName === undefined && user ? String(user.id) : null,
      personName,
      collection: entry.collection ?? null,
      document: entry.document ?? null,
      documentTitle: entry.documentTitle ?? null,
      locale: entry.locale ?? null,
      // The language in words, as the staff read the log: "Yayımlandı · Reçete · … · İngilizce".
      summary: activitySummary(
        entry.action,
        entry.documentTitle,
        entry.locale && isLocale(entry.locale) ? localeName(entry.locale, 'tr') : entry.locale,
      ),
      details: entry.details ?? null,
    },
    depth: 0,
    overrideAccess: true,
    req,
  })
}
