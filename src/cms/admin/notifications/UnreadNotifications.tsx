import type { ServerProps } from 'payload'

import { isStaff } from '@/shared/roles'

import type { User } from '@payload-types'

const texts = {
  tr: { unread: (n: number) => `${n} okunmamış bildirim`, none: 'Okunmamış bildirim yok' },
  en: { unread: (n: number) => `${n} unread notification${n === 1 ? '' : 's'}`, none: 'No unread notifications' },
}

/**
 * In the navigation, under the collections: how many of one's own notifications are unread, a
 * link to them ("Bildirimler" listing only unread ones). Counted with the person's own access,
 * so the number is theirs whatever the rules say elsewhere.
 */
export default async function UnreadNotifications({ user, i18n, payload }: ServerProps) {
  const person = user as User | undefined
  if (!person || !isStaff(person)) return null
  const t = i18n?.language === 'en' ? texts.en : texts.tr
  const { totalDocs } = await payload.count({
    collection: 'notifications',
    where: { read: { not_equals: true } },
    overrideAccess: false,
    user: person,
  })
  const href = `${payload.config.routes.admin}/collections/notifications?where[read][not_equals]=true`
  return (
    <a className="rota-unread-notifications" href={href} aria-live="polite">
      {totalDocs > 0 ? <strong>{t.unread(totalDocs)}</strong> : t.none}
    </a>
  )
}
