'use client'

import { useTranslation } from '@payloadcms/ui'

import type { ShownField } from '@/cms/admin/translation/DefaultLanguageText'
import { translationStatusTexts } from '@/cms/admin/translation/translation-status-text'
import { useTranslationState } from '@/cms/admin/translation/use-translation-state'
import { wordDiff } from '@/shared/text/word-diff'

/**
 * Above an outdated translation: what changed in the Turkish since the translation was made,
 * word by word (old → new), so the translator changes only what needs changing.
 */
export function TurkishChanges({ fields }: { fields: ShownField[] }) {
  const { i18n } = useTranslation()
  const { state } = useTranslationState()
  if (state?.status !== 'outdated') return null
  const t = translationStatusTexts(i18n.language)
  const language = i18n.language === 'en' ? 'en' : 'tr'
  const before = state.madeFrom?.text
  const after = state.turkishNow?.text
  return (
    <section className="rota-turkish-changes" aria-label={t.changesHeading}>
      <h3>{t.changesHeading}</h3>
      {!before || !after ? (
        <p>{t.changesUnknown}</p>
      ) : (
        fields
          .filter((field) => (before[field.name] ?? '') !== (after[field.name] ?? ''))
          .map((field) => (
            <div key={field.name} lang="tr" dir="ltr">
              <div className="rota-turkish-changes__field">{field.label[language]}</div>
              <p className="rota-turkish-changes__text">
                {wordDiff(before[field.name] ?? '', after[field.name] ?? '').map((part, i) =>
                  part.kind === 'same' ? (
                    <span key={i}>{part.text}</span>
                  ) : part.kind === 'removed' ? (
                    <del key={i} title={t.removed}>
                      {part.text}
                    </del>
                  ) : (
                    <ins key={i} title={t.added}>
                      {part.text}
                    </ins>
                  ),
                )}
              </p>
            </div>
          ))
      )}
    </section>
  )
}
