'use client'

import { useConfig, useDocumentInfo, useLocale } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import type { ChangedParagraphs } from '@/cms/translation-status/paragraphs'
import type { SourceText } from '@/cms/translation-status/text'
import { defaultLocale } from '@/shared/locales'
import type { TranslationState } from '@/shared/states/translation-states'

const reloadEvent = 'rota:translation-state'

type SourceVersion = { hash: string; at: string; text: SourceText }

export type TranslationStateAnswer = {
  locale: string
  status: TranslationState
  translatedAt: string | null
  turkishChangedAt: string | null
  turkishNow: SourceVersion | null
  madeFrom: SourceVersion | null
  /** The changed paragraphs; null where the Turkish it was made from has no paragraphs kept. */
  paragraphs: ChangedParagraphs | null
}

/**
 * Where the translation being edited stands (GET /api/translation-status/…), read again after
 * every save. Nothing while Turkish is being edited or the document is not saved yet.
 */
export function useTranslationState(): {
  state: TranslationStateAnswer | null
  reload: () => void
  path: string | null
} {
  const locale = useLocale()
  const { id, collectionSlug, globalSlug, lastUpdateTime } = useDocumentInfo()
  const { config } = useConfig()
  const [state, setState] = useState<TranslationStateAnswer | null>(null)
  const [round, setRound] = useState(0)
  // The sidebar field and the box above the form each hold a copy: a confirmation in one
  // reloads both.
  const reload = useCallback(() => window.dispatchEvent(new Event(reloadEvent)), [])
  useEffect(() => {
    const again = () => setRound((n) => n + 1)
    window.addEventListener(reloadEvent, again)
    return () => window.removeEventListener(reloadEvent, again)
  }, [])
  const target = globalSlug
    ? `${globalSlug}/${globalSlug}`
    : id !== undefined && id !== null
      ? `${collectionSlug}/${encodeURIComponent(String(id))}`
      : null
  const path =
    target && locale.code !== defaultLocale
      ? `${config.routes.api}/translation-status/${target}?locale=${encodeURIComponent(locale.code)}`
      : null

  useEffect(() => {
    if (!path) {
      setState(null)
      return
    }
    const controller = new AbortController()
    fetch(path, { credentials: 'include', signal: controller.signal })
      .then((response) => (response.ok ? response.json() : null))
      .then((answer: TranslationStateAnswer | null) => setState(answer))
      .catch(() => undefined)
    return () => controller.abort()
  }, [path, lastUpdateTime, round])

  return { state, reload, path }
}
