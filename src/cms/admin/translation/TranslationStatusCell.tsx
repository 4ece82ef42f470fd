import type { DefaultServerCellComponentProps } from 'payload'

import { translationStatusTexts } from '@/cms/admin/translation/translation-status-text'
import type { TranslationChanges } from '@/cms/translation-status/read'
import { isLocale, localeName } from '@/shared/locales'
import { isTranslationState } from '@/shared/states/translation-states'

/**
 * Every list's "Çeviri durumu" column: each language other than Turkish and where it stands;
 * an outdated one says how many of its paragraphs changed ("10 paragraftan 1'i değişti"),
 * from the counts the row's `translationChanges` carries (read with the status, one query).
 * Rendered on the server, as the publishing state's cell (PublishingStateCell.tsx says why).
 */
export default function TranslationStatusCell({
  cellData,
  rowData,
  i18n,
}: Pick<DefaultServerCellComponentProps, 'i18n'> & {
  cellData?: Record<string, unknown> | null
  rowData?: { translationChanges?: TranslationChanges | null }
}) {
  const t = translationStatusTexts(i18n.language)
  const entries = Object.entries(cellData ?? {}).filter(
    (entry): entry is [string, 'missing' | 'outdated' | 'current'] => isTranslationState(entry[1]),
  )
  return (
    <span className="rota-translation-status">
      {entries.map(([locale, state]) => {
        const changes = state === 'outdated' ? rowData?.translationChanges?.[locale] : undefined
        return (
          <span key={locale} className={`rota-translation-status__item rota-translation-status--${state}`}>
            {`${isLocale(locale) ? localeName(locale, i18n.language) : locale}: `}
            {t.states[state]}
            {changes ? ` (${t.paragraphsChanged(changes.total, changes.changed)})` : null}
          </span>
        )
      })}
    </span>
  )
}
