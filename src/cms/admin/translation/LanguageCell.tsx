'use client'

import { useTranslation } from '@payloadcms/ui'

import { isLocale, localeName } from '@/shared/locales'

/** A list's language column in words ("İngilizce"), not the stored code ("en"). */
export default function LanguageCell({ cellData }: { cellData?: string | null }) {
  const { i18n } = useTranslation()
  if (!cellData) return null
  return <span>{isLocale(cellData) ? localeName(cellData, i18n.language) : cellData}</span>
}
