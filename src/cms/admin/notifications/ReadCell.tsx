'use client'

import { useTranslation } from '@payloadcms/ui'

import { inboxWords } from '@/cms/admin/notifications/texts'

/** The inbox's "read" column in words ("Okunmadı" in bold, "Okundu"), not Payload's "doğru/yanlış". */
export default function ReadCell({ cellData }: { cellData?: boolean | null }) {
  const { i18n } = useTranslation()
  const t = inboxWords(i18n.language)
  return cellData ? <span>{t.read}</span> : <strong className="rota-notification-unread">{t.unread}</strong>
}
