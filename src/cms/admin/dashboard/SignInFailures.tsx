import type { ServerProps } from 'payload'

import { adminDate } from '@/cms/admin/format'
import { formatNumber } from '@/shared/limits'
import { isAdmin } from '@/shared/roles'

import type { User } from '@payload-types'

const shown = 5
const dayMs = 24 * 60 * 60 * 1000

const texts = {
  tr: {
    title: 'Başarısız girişler',
    day: (attempts: string) => `Son 24 saatte ${attempts} başarısız giriş denemesi.`,
    none: 'Son 24 saatte başarısız giriş olmadı.',
    attempts: (count: string) => `${count} deneme`,
    all: 'Tüm başarısız girişler',
  },
  en: {
    title: 'Failed sign-ins',
    day: (attempts: string) => `${attempts} failed sign-in attempts in the last 24 hours.`,
    none: 'No failed sign-ins in the last 24 hours.',
    attempts: (count: string) => `${count} attempts`,
    all: 'All failed sign-ins',
  },
}

/**
 * The administrators' panel of failed sign-ins, apart from the recent changes: the attempts of
 * the last 24 hours and the latest entries (when, from where, which account, how many), with
 * the way to all of them. Editors and translators do not read them (the addresses are about people).
 */
export default async function SignInFailures({ payload, user, i18n }: ServerProps) {
  const who = user as User | undefined
  if (!who || !isAdmin(who)) return null
  const language = i18n?.language === 'en' ? 'en' : 'tr'
  const t = texts[language]
  const read = { collection: 'sign-in-failures', depth: 0, overrideAccess: false, user: who } as const
  const since = new Date(Date.now() - dayMs).toISOString()
  const [day, latest] = await Promise.all([
    payload.find({ ...read, where: { minute: { greater_than: since } }, select: { count: true }, pagination: false }),
    payload.find({ ...read, sort: '-updatedAt', limit: shown }),
  ])
  const attempts = day.docs.reduce((sum, entry) => sum + (entry.count ?? 0), 0)
  return (
    <section className="rota-sign-in-failures" aria-labelledby="rota-sign-in-failures">
      <h2 id="rota-sign-in-failures">{t.title}</h2>
      <p>{attempts ? t.day(formatNumber(attempts, language)) : t.none}</p>
      {latest.docs.length ? (
        <ul>
          {latest.docs.map((entry) => (
            <li key={entry.id}>
              {adminDate(entry.minute, language)} · <bdi>{entry.address}</bdi> · <bdi>{entry.accountName}</bdi> ·{' '}
              {t.attempts(formatNumber(entry.count, language))}
            </li>
          ))}
        </ul>
      ) : null}
      <p>
        <a href="/admin/collections/sign-in-failures">{t.all}</a>
      </p>
    </section>
  )
}
