'use client'

import { useConfig, useDocumentInfo, useLocale } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

/**
 * What one of our per-document endpoints (`/api/{endpoint}/{collection}/{id}?locale=`) says of
 * the document being edited, in the language being edited: read when the form opens and again
 * whenever one of `refreshOn` changes (the form's saves, a drawer's). `path` is null for a
 * document not saved yet or when `enabled` is false; `answer` is null until read.
 */
export function useDocumentEndpoint<T>(
  endpoint: string,
  { enabled = true, refreshOn = [] }: { enabled?: boolean; refreshOn?: unknown[] } = {},
): { path: string | null; answer: T | null } {
  const { id, collectionSlug, lastUpdateTime } = useDocumentInfo()
  const locale = useLocale()
  const { config } = useConfig()
  const [answer, setAnswer] = useState<T | null>(null)
  const path =
    enabled && collectionSlug && id !== undefined && id !== null
      ? `${config.routes.api}/${endpoint}/${collectionSlug}/${encodeURIComponent(String(id))}?locale=${encodeURIComponent(locale.code)}`
      : null
  useEffect(() => {
    if (!path) return
    const controller = new AbortController()
    fetch(path, { credentials: 'include', signal: controller.signal })
      .then((response) => (response.ok ? (response.json() as Promise<T>) : null))
      .then(setAnswer)
      .catch(() => undefined)
    return () => controller.abort()
    // refreshOn is spread: the reasons to read again differ per panel.
  }, [path, lastUpdateTime, ...refreshOn])
  return { path, answer: path ? answer : null }
}
