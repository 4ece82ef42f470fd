'use client'

import type { OpenSchedule } from '@/cms/schedules/endpoint'
import { useDocumentEndpoint } from '@/cms/admin/publishing/use-document-endpoint'

/**
 * The schedules of the document being edited, in the language being edited, that have not
 * ended (GET /api/schedule-state/…): read when the form opens and again after every save.
 * Null until read, and for a document not saved yet.
 */
export function useOpenSchedules(): OpenSchedule[] | null {
  return useDocumentEndpoint<{ schedules?: OpenSchedule[] }>('schedule-state').answer?.schedules ?? null
}
