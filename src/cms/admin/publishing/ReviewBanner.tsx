'use client'

import { useConfig, useDocumentInfo, useLocale, useTranslation } from '@payloadcms/ui'

import { adminDate } from '@/cms/admin/format'
import { comparisonLink } from '@/cms/review/comparison-link'
import { reviewStateLabels } from '@/shared/states/review-states'
import { SentenceWith } from '@/shared/text/user-text'

const texts = {
  tr: {
    returned: 'Düzeltme istendi',
    note: 'Editörün notu',
    noNote: 'Editör not yazmadı.',
    resend: 'Düzeltip “İnceleme” alanında “İncelemede”yi seçerek yeniden gönderin; not o zaman kalkar.',
    sent: (who: string, when: string) => `${who} gönderdi, ${when}.`,
    compare: 'Yayımdaki metinle karşılaştır',
  },
  en: {
    returned: 'Changes requested',
    note: 'The editor’s note',
    noNote: 'The editor left no note.',
    resend: 'Make the changes and choose “In review” under “Review” to send it again; the note then goes.',
    sent: (who: string, when: string) => `Sent by ${who}, ${when}.`,
    compare: 'Compare with the published text',
  },
}

type Review = {
  reviewState?: string | null
  reviewComment?: string | null
  reviewSentBy?: string | null
  reviewSentAt?: string | null
}

/**
 * Top of the form, in the language being edited: a draft returned with changes requested shows
 * the editor's note here until it is sent to review again (read from the saved document, so
 * choosing "İncelemede" does not hide it before the save), and a draft in review says who sent
 * it when. Both lead in one click to the comparison of the published text with this draft.
 */
export function ReviewBanner() {
  const { i18n } = useTranslation()
  const locale = useLocale()
  const { config } = useConfig()
  const { id, collectionSlug, globalSlug, data } = useDocumentInfo()
  const review = (data ?? {}) as Review
  const scope = globalSlug ?? collectionSlug
  const document = globalSlug ?? (id === undefined || id === null ? null : String(id))
  if (!scope || !document) return null
  if (review.reviewState !== 'changes_requested' && review.reviewState !== 'in_review') return null
  const language = i18n.language === 'en' ? 'en' : 'tr'
  const t = texts[language]
  const compare = (
    <a className="rota-review-banner__compare" href={comparisonLink(scope, document, locale.code, config.routes.api)}>
      {t.compare}
    </a>
  )
  if (review.reviewState === 'in_review')
    return (
      <div className="rota-review-banner rota-review-banner--in-review" role="note">
        <strong>{reviewStateLabels.in_review[language]}</strong>{' '}
        {review.reviewSentBy ? (
          <SentenceWith
            sentence={(who) => t.sent(who, review.reviewSentAt ? adminDate(review.reviewSentAt, language) : '')}
            text={review.reviewSentBy}
          />
        ) : null}{' '}
        {compare}
      </div>
    )
  return (
    <div className="rota-review-banner rota-review-banner--returned" role="alert">
      <strong>{t.returned}</strong>
      {review.reviewComment ? (
        <blockquote>
          <span className="rota-review-banner__label">{t.note}:</span> {review.reviewComment}
        </blockquote>
      ) : (
        <p>{t.noNote}</p>
      )}
      <p>
        {t.resend} {compare}
      </p>
    </div>
  )
}
