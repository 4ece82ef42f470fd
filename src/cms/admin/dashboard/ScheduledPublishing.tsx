import type { ServerProps } from 'payload'

import { UserText } from '@/shared/text/user-text'
import { isLocale, localeName } from '@/shared/locales'
import { isEditor } from '@/shared/roles'
import { istanbulTime, scheduleActionLabels, scheduleStateLabels, type ScheduleAction } from '@/shared/states/schedules'

import type { Schedule, User } from '@payload-types'

const shown = 10

const texts = {
  tr: {
    title: 'Zamanlanmış yayınlar',
    attention: 'Yapılamayanlar',
    none: 'Zamanlanmış bir yayın yok.',
    all: 'Bütün zamanlanmış işlemler',
    by: 'zamanlayan',
  },
  en: {
    title: 'Scheduled publishing',
    attention: 'Not carried out',
    none: 'Nothing is scheduled.',
    all: 'All scheduled actions',
    by: 'scheduled by',
  },
}

const hrefOf = (s: Schedule) =>
  `/admin/collections/${s.targetCollection}/${s.document}${isLocale(s.locale) ? `?locale=${s.locale}` : ''}`

/**
 * The editors' dashboard: what goes live or comes off the site when (Istanbul time), and,
 * first, every scheduled action that was held or failed with its reason, until the editor
 * schedules it again or clears it: a failed scheduled publish is never silently dropped.
 */
export default async function ScheduledPublishing({ payload, user, i18n }: ServerProps) {
  const who = user as User | undefined
  if (!who || !isEditor(who)) return null
  const language = i18n?.language === 'en' ? 'en' : 'tr'
  const t = texts[language]
  const read = (state: 'pending' | 'attention') =>
    payload.find({
      collection: 'schedules',
      where: state === 'pending' ? { state: { equals: 'pending' } } : { state: { in: ['held', 'failed'] } },
      // Sorted by the database (as text on SQLite): time order for the canonical ISO text the
      // schedule hooks and Payload write; a stored time that is no date is failed by the runner.
      sort: state === 'pending' ? 'at' : '-updatedAt',
      limit: shown,
      depth: 0,
      overrideAccess: false,
      user: who,
    })
  const [pending, attention] = await Promise.all([read('pending'), read('attention')])
  const line = (s: Schedule) => (
    <>
      {istanbulTime(s.at, language)} · {scheduleActionLabels[s.action as ScheduleAction][language]} ·{' '}
      <a href={hrefOf(s)}>
        <UserText text={s.documentTitle ?? s.document} />
      </a>
      {isLocale(s.locale) ? ` · ${localeName(s.locale, language)}` : null}
      {s.requestedBy ? (
        <>
          {` · ${t.by}: `}
          <UserText text={s.requestedBy} />
        </>
      ) : null}
    </>
  )
  return (
    <section className="rota-schedules" aria-labelledby="rota-schedules">
      {/* The zone is said once for the whole screen (src/cms/admin/ZoneNote.tsx). */}
      <h2 id="rota-schedules">{t.title}</h2>
      {attention.docs.length > 0 && (
        <div className="rota-schedules--attention" role="alert">
          <h3>{t.attention}</h3>
          <ul>
            {attention.docs.map((s) => (
              <li key={s.id}>
                {line(s)} — <strong>{scheduleStateLabels[s.state][language]}</strong>: {s.outcome}
              </li>
            ))}
          </ul>
        </div>
      )}
      {pending.docs.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <ul>
          {pending.docs.map((s) => (
            <li key={s.id}>{line(s)}</li>
          ))}
        </ul>
      )}
      <p>
        <a href="/admin/collections/schedules">{t.all}</a>
      </p>
    </section>
  )
}
