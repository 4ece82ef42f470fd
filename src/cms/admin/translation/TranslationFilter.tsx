import { createLocalReq, type CollectionSlug, type ServerProps } from 'payload'

import { translationFilter, translationStatusTexts } from '@/cms/admin/translation/translation-status-text'
import { countStates, translationLocales } from '@/cms/translation-status/read'
import { isLocale, localeName } from '@/shared/locales'
import { isStaff } from '@/shared/roles'
import { translationStates } from '@/shared/states/translation-states'

import type { User } from '@payload-types'

/**
 * Above every translatable list: the documents of each language by translation status, each
 * a filter of the list (Payload's own filter cannot offer it: the status is not a column).
 */
export default async function TranslationFilter({
  payload,
  user,
  i18n,
  collectionConfig,
  searchParams,
}: ServerProps & { collectionConfig?: { slug: string } }) {
  if (!isStaff(user as User | undefined) || !collectionConfig) return null
  const language = i18n?.language ?? 'tr'
  const t = translationStatusTexts(language)
  const slug = collectionConfig.slug
  const req = await createLocalReq({}, payload)
  const active = Object.entries(searchParams ?? {}).find(([key]) => key.startsWith('where[translationStatus.'))
  const lines = await Promise.all(
    translationLocales().map(async (locale) => ({
      locale,
      counts: await countStates(req, slug as CollectionSlug, locale),
    })),
  )
  return (
    <nav className="rota-translation-filter" aria-label={t.heading}>
      {lines.map(({ locale, counts }) => (
        <p key={locale}>
          <span>{t.filterHeading(isLocale(locale) ? localeName(locale, language) : locale)}</span>{' '}
          {translationStates.map((state) => {
            const href = translationFilter(slug, locale, state)
            const current = active?.[0] === `where[translationStatus.${locale}][equals]` && active[1] === state
            return (
              <a
                key={state}
                href={href}
                aria-current={current ? 'true' : undefined}
                className={`rota-translation-status--${state}`}
              >
                {t.states[state]} ({counts[state]})
              </a>
            )
          })}
          {active ? <a href={`/admin/collections/${slug}`}>{t.all}</a> : null}
        </p>
      ))}
    </nav>
  )
}
