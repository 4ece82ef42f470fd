'use client'

import { useLocale, useTranslation } from '@payloadcms/ui'

import type { ShownField } from '@/cms/admin/translation/DefaultLanguageText'
import { MemorySuggestions } from '@/cms/admin/translation/MemorySuggestions'
import { translationStatusTexts } from '@/cms/admin/translation/translation-status-text'
import { useTranslationState } from '@/cms/admin/translation/use-translation-state'
import type { ChangedParagraph, ChangedParagraphs } from '@/cms/translation-status/paragraphs'
import { direction } from '@/shared/locales'
import { wordDiff, type DiffPart } from '@/shared/text/word-diff'

type Texts = ReturnType<typeof translationStatusTexts>

/** One side of a word diff: the old text with what went marked, or the new one with what came. */
function Side({ parts, keep, t }: { parts: DiffPart[]; keep: 'removed' | 'added'; t: Texts }) {
  return (
    <>
      {parts.map((part, i) =>
        part.kind === 'same' ? (
          <span key={i}>{part.text}</span>
        ) : part.kind !== keep ? null : keep === 'removed' ? (
          <del key={i} title={t.removed}>
            {part.text}
          </del>
        ) : (
          <ins key={i} title={t.added}>
            {part.text}
          </ins>
        ),
      )}
    </>
  )
}

/**
 * A changed paragraph side by side: its Turkish then, its Turkish now, the translation at its
 * place; below, what the translation memory remembers for its Turkish now.
 */
function Paragraph({ change, t, locale }: { change: ChangedParagraph; t: Texts; locale: string }) {
  const parts = wordDiff(change.before?.text ?? '', change.now?.text ?? '')
  return (
    <div className="rota-paragraph-change" data-unit={change.now?.id ?? change.before?.id}>
      <div className="rota-paragraph-change__column" lang="tr" dir="ltr">
        <div className="rota-turkish-changes__field">{t.turkishBefore}</div>
        <p className="rota-turkish-changes__text rota-paragraph-change__before">
          {change.before ? <Side parts={parts} keep="removed" t={t} /> : <em>{t.addedParagraph}</em>}
        </p>
      </div>
      <div className="rota-paragraph-change__column" lang="tr" dir="ltr">
        <div className="rota-turkish-changes__field">{t.turkishNow}</div>
        <p className="rota-turkish-changes__text rota-paragraph-change__now">
          {change.now ? <Side parts={parts} keep="added" t={t} /> : <em>{t.removedParagraph}</em>}
        </p>
        {change.formatOnly ? <p className="rota-paragraph-change__note">{t.formatOnly}</p> : null}
      </div>
      <div className="rota-paragraph-change__column" lang={locale} dir={direction(locale)}>
        <div className="rota-turkish-changes__field">{t.translationNow}</div>
        <p className="rota-turkish-changes__text rota-paragraph-change__translation">
          {change.translation ?? <em>{t.noTranslation}</em>}
        </p>
      </div>
      {change.now && !change.formatOnly ? (
        <MemorySuggestions text={change.now.text} place={{ field: change.field, unit: change.translationAt }} />
      ) : null}
    </div>
  )
}

/** Only the paragraphs whose Turkish changed, grouped under their field; the others are left out. */
function Paragraphs({
  paragraphs,
  fields,
  t,
  language,
  locale,
}: {
  paragraphs: ChangedParagraphs
  fields: ShownField[]
  t: Texts
  language: 'tr' | 'en'
  locale: string
}) {
  const label = (name: string) => fields.find((field) => field.name === name)?.label[language] ?? name
  return (
    <>
      <p className="rota-paragraph-changes__count">{t.paragraphsIntro(paragraphs.total, paragraphs.changed.length)}</p>
      {paragraphs.changed.map((change, i) => (
        <section key={i} aria-label={label(change.field)}>
          {i === 0 || paragraphs.changed[i - 1].field !== change.field ? (
            <h4 className="rota-paragraph-changes__field">{label(change.field)}</h4>
          ) : null}
          <Paragraph change={change} t={t} locale={locale} />
        </section>
      ))}
    </>
  )
}

/**
 * Above an outdated translation: what changed in the Turkish since the translation was made,
 * so the translator changes only what needs changing. Paragraph by paragraph where the
 * Turkish it was made from was kept that way: only the changed paragraphs, each beside its
 * Turkish of then, its Turkish now and the translation at its place. A translation from before
 * paragraphs were kept shows each changed field word by word (old → new).
 */
export function TurkishChanges({ fields }: { fields: ShownField[] }) {
  const { i18n } = useTranslation()
  const locale = useLocale()
  const { state } = useTranslationState()
  if (state?.status !== 'outdated') return null
  const t = translationStatusTexts(i18n.language)
  const language = i18n.language === 'en' ? 'en' : 'tr'
  if (state.paragraphs)
    return (
      <section className="rota-turkish-changes rota-paragraph-changes" aria-label={t.paragraphsHeading}>
        <h3>{t.paragraphsHeading}</h3>
        <Paragraphs
          paragraphs={state.paragraphs}
          fields={fields}
          t={t}
          language={language}
          locale={String(locale.code)}
        />
      </section>
    )
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
