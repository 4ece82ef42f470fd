import type { DefaultServerCellComponentProps } from 'payload'

import { linkStatusLabel } from '@/cms/admin/links/link-status-text'
import type { LinkStatus } from '@/cms/link-check/check-url'

/**
 * The resources list's "Bağlantı durumu" column: a word, marked when readers meet a failing link.
 * Rendered on the server, as the publishing state's cell (PublishingStateCell.tsx says why).
 */
export default function LinkStatusCell({
  cellData,
  i18n,
}: Pick<DefaultServerCellComponentProps, 'i18n'> & { cellData?: LinkStatus | null }) {
  const failing = cellData?.state === 'broken' || cellData?.state === 'unreachable'
  return (
    <span className={failing ? 'rota-link-status rota-link-status--failing' : 'rota-link-status'}>
      {linkStatusLabel(cellData, i18n.language)}
    </span>
  )
}
