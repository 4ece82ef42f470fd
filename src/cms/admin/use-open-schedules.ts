'use client'

import { useConfig, useDocumentInfo, useLocale } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import type { OpenSchedule } from '@/cms/schedules/endpoint'

/**
 * The schedules of the document being edited, in the language being edited, that have not
 * ended (GET /api/schedule-state/…): read when the form opens and again after every save.
 * Null until read, and for a document not saved yet.
 */
export function useOpenSchedules(): OpenSchedule[] | null {
  const { id, collectionSlug, lastUpdateTime } = useDocumentInfo()
  const locale = useLocale()
  const { config } = useConfig()
  const [schedules, setSchedules] = useState<OpenSchedule[] | null>(null)
  const path =
    collectionSlug && id !== undefined && id !== null
      ? `${config.routes.api}/schedule-state/${collectionSlug}/${encodeURIComponent(String(id))}?locale=${encodeURIComponent(locale.code)}`
      : null
  useEffect(() => {
    if (!path) return
    const controller = new AbortController()
    fetch(path, { credentials: 'include', signal: controller.signal })
      .then((response) => (response.ok ? response.json() : null))
      .then((answer: { schedules?: OpenSchedule[] } | null) => setSchedules(answer?.schedules ?? null))
      .catch(() => undefined)
    return () => controller.abort()
  }, [path, lastUpdateTime])
  return path ? schedules : null
}
