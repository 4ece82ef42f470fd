import type { ServerProps } from 'payload'

import { adminDate } from '@/cms/admin/format'
import { UserText } from '@/shared/text/user-text'
import { activityActionLabels, type ActivityAction } from '@/shared/activity'
import { isLocale, localeName } from '@/shared/locales'
import { isAdmin, isEditor } from '@/shared/roles'

import type { ActivityLog, User } from '@payload-types'

const shown = 10

const texts = {
  tr: { title: 'Son değişiklikler', all: 'Etkinlik günlüğünün tamamı', none: 'Henüz kayıtlı bir değişiklik yok.' },
  en: { title: 'Recent changes', all: 'The whole activity log', none: 'No changes recorded yet.' },
}

/** Where an entry's document opens in the admin, when it still exists and the reader may open it. */
function hrefOf(entry: ActivityLog, user: User): string | null {
  if (!entry.collection || !entry.document || entry.action === 'delete') return null
  if (entry.collection === 'site-texts') return '/admin/globals/site-texts'
  if (entry.collection === 'users') return isAdmin(user) ? `/admin/collections/users/${entry.document}` : null
  const locale = entry.locale && isLocale(entry.locale) ? `?locale=${entry.locale}` : ''
  return `/admin/collections/${entry.collection}/${entry.document}${locale}`
}

/**
 * The editors' dashboard: the latest entries of the activity log by anyone (who, what, which
 * document and language, when), with the way to the whole log. Translators have their own
 * worklist instead.
 */
export default async function RecentChanges({ payload, user, i18n }: ServerProps) {
  const who = user as User | undefined
  if (!who || !isEditor(who)) return null
  const language = i18n?.language === 'en' ? 'en' : 'tr'
  const t = texts[language]
  const { docs } = await payload.find({
    collection: 'activity-log',
    sort: '-createdAt',
    limit: shown,
    depth: 0,
    overrideAccess: false,
    user: who,
  })
  return (
    <section className="rota-recent-changes" aria-labelledby="rota-recent-changes">
      <h2 id="rota-recent-changes">{t.title}</h2>
      {docs.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <ul>
          {docs.map((entry) => {
            const href = hrefOf(entry, who)
            const action = activityActionLabels[entry.action as ActivityAction][language]
            const title = entry.documentTitle ?? ''
            return (
              <li key={entry.id}>
                {adminDate(entry.createdAt, language)} · <UserText text={entry.personName ?? ''} /> · {action}
                {title ? ' · ' : null}
                {title && href ? (
                  <a href={href}>
                    <UserText text={title} />
                  </a>
                ) : title ? (
                  <UserText text={title} />
                ) : null}
                {entry.locale && isLocale(entry.locale) ? ` · ${localeName(entry.locale, language)}` : null}
              </li>
            )
          })}
        </ul>
      )}
      <p>
        <a href="/admin/collections/activity-log">{t.all}</a>
      </p>
    </section>
  )
}
