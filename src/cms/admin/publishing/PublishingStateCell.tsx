'use client'

import { useTranslation } from '@payloadcms/ui'

import { publishingStateText } from '@/cms/admin/publishing/publishing-state-text'
import type { PublishingState } from '@/shared/states/publishing-states'

/** Every list's "Yayın durumu" column: live or not, and which languages have changes waiting. */
export default function PublishingStateCell({ cellData }: { cellData?: PublishingState | null }) {
  const { i18n } = useTranslation()
  const waiting = Boolean(cellData?.pending.length || cellData?.shared.length)
  return (
    <span className={`rota-publishing-state${waiting ? ' rota-publishing-state--waiting' : ''}`}>
      {publishingStateText(cellData, i18n.language)}
    </span>
  )
}
