'use client'

import { useTranslation } from '@payloadcms/ui'

import { linkStatusLabel } from '@/cms/admin/links/link-status-text'
import type { LinkStatus } from '@/cms/link-check/check-url'

/** The resources list's "Bağlantı durumu" column: a word, marked when readers meet a failing link. */
export default function LinkStatusCell({ cellData }: { cellData?: LinkStatus | null }) {
  const { i18n } = useTranslation()
  const failing = cellData?.state === 'broken' || cellData?.state === 'unreachable'
  return (
    <span className={failing ? 'rota-link-status rota-link-status--failing' : 'rota-link-status'}>
      {linkStatusLabel(cellData, i18n.language)}
    </span>
  )
}
