'use client'

import { useConfig, useTranslation } from '@payloadcms/ui'

import { markRead } from '@/cms/admin/notifications/mark-read'
import { inboxWords } from '@/cms/admin/notifications/texts'
import { notificationPaths } from '@/cms/notifications/links'
import { notificationText } from '@/cms/notifications/texts'
import { isNotificationKind } from '@/shared/states/notifications'

type Row = {
  id: string
  kind?: string | null
  collection?: string | null
  document?: string | null
  documentTitle?: string | null
  locale?: string | null
  details?: Record<string, unknown> | null
  read?: boolean | null
}

/**
 * The inbox's summary column: what happened, in the admin's language (the stored summary is
 * Turkish, for the list's search), as a link to the document in the notification's
 * language (and, for a review, the comparison), the links the e-mail carries. Following one
 * marks the notification read.
 */
export default function NotificationCell({ cellData, rowData }: { cellData?: string | null; rowData?: Row }) {
  const { i18n } = useTranslation()
  const { config } = useConfig()
  const t = inboxWords(i18n.language)
  if (!rowData || !isNotificationKind(rowData.kind)) return <span>{cellData}</span>
  const told = { ...rowData, kind: rowData.kind }
  const { open, compare } = notificationPaths(told, config.routes)
  const said = notificationText(told, i18n.language === 'en' ? 'en' : 'tr').subject
  const mark = () => {
    if (!rowData.read) void markRead(config.routes.api, { id: rowData.id })
  }
  return (
    <span className="rota-notification">
      {open ? (
        <a href={open} onClick={mark} title={t.open}>
          {said}
        </a>
      ) : (
        said
      )}
      {compare ? (
        <>
          {' · '}
          <a href={compare} onClick={mark}>
            {t.compare}
          </a>
        </>
      ) : null}
    </span>
  )
}
