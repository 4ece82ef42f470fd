'use client'

import { useTranslation } from '@payloadcms/ui'

import { translationStatusTexts } from '@/cms/admin/translation/translation-status-text'
import { isLocale, localeName } from '@/shared/locales'
import { isTranslationState } from '@/shared/states/translation-states'

/** Every list's "Çeviri durumu" column: each language other than Turkish and where it stands. */
export default function TranslationStatusCell({ cellData }: { cellData?: Record<string, unknown> | null }) {
  const { i18n } = useTranslation()
  const t = translationStatusTexts(i18n.language)
  const entries = Object.entries(cellData ?? {}).filter(
    (entry): entry is [string, 'missing' | 'outdated' | 'current'] => isTranslationState(entry[1]),
  )
  return (
    <span className="rota-translation-status">
      {entries.map(([locale, state]) => (
        <span key={locale} className={`rota-translation-status__item rota-translation-status--${state}`}>
          {`${isLocale(locale) ? localeName(locale, i18n.language) : locale}: `}
          {t.states[state]}
        </span>
      ))}
    </span>
  )
}
