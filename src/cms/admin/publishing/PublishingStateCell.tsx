import type { DefaultServerCellComponentProps } from 'payload'

import { publishingStateText } from '@/cms/admin/publishing/publishing-state-text'
import type { PublishingState } from '@/shared/states/publishing-states'

/**
 * Every list's "Yayın durumu" column: live or not, and which languages have changes waiting.
 * Rendered on the server as plain text: as a client component, each of a list's hundred cells
 * carried its row and field to the browser and ran again there.
 */
export default function PublishingStateCell({
  cellData,
  i18n,
}: Pick<DefaultServerCellComponentProps, 'i18n'> & { cellData?: PublishingState | null }) {
  const waiting = Boolean(cellData?.pending.length || cellData?.shared.length)
  return (
    <span className={`rota-publishing-state${waiting ? ' rota-publishing-state--waiting' : ''}`}>
      {publishingStateText(cellData, i18n.language)}
    </span>
  )
}
