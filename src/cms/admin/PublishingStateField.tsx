'use client'

import { useField, useTranslation } from '@payloadcms/ui'

import { publishingStateHeading, publishingStateText } from '@/cms/admin/publishing-state-text'
import type { PublishingState } from '@/cms/hooks/pending-drafts'

/** The form's sidebar: what readers see of this document, per language, as of the last save. */
export default function PublishingStateField({ path }: { path?: string }) {
  const { i18n } = useTranslation()
  const { value } = useField<PublishingState | null>({ path: path ?? 'publishingState' })
  if (!value) return null
  return (
    <div className="rota-publishing-state-field">
      <div className="rota-publishing-state-field__label">{publishingStateHeading(i18n.language)}</div>
      <p className="rota-publishing-state">{publishingStateText(value, i18n.language)}</p>
    </div>
  )
}
