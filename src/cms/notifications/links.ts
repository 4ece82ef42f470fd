import { comparisonLink } from '@/cms/review/comparison-link'
import type { NotificationKind } from '@/shared/states/notifications'

export type NotificationPlace = {
  kind: NotificationKind
  collection?: string | null
  document?: string | null
  locale?: string | null
}

/**
 * Where a notification leads, as paths under the app: the form in the notification's language
 * (the resources list for broken links) and, for a review or a changed Turkish, the comparison
 * with the published text. One place for the e-mail (which puts the site's address in front)
 * and the admin's inbox, so the two never send a person to different screens.
 */
export function notificationPaths(
  told: NotificationPlace,
  routes: { admin: string; api: string },
): { open?: string; compare?: string } {
  if (told.kind === 'broken_links') return { open: `${routes.admin}/collections/resources?locale=tr` }
  if (!told.collection || !told.document) return {}
  const locale = told.locale ?? 'tr'
  const query = `?locale=${encodeURIComponent(locale)}`
  const open =
    told.collection === told.document
      ? `${routes.admin}/globals/${encodeURIComponent(told.collection)}${query}`
      : `${routes.admin}/collections/${encodeURIComponent(told.collection)}/${encodeURIComponent(told.document)}${query}`
  const compared = told.kind === 'review_requested' || told.kind === 'source_changed'
  return { open, compare: compared ? comparisonLink(told.collection, told.document, locale, routes.api) : undefined }
}
