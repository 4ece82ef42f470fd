'use client'

import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import type { ShownField } from '@/cms/admin/translation/DefaultLanguageText'
import { MemorySuggestions } from '@/cms/admin/translation/MemorySuggestions'
import { memoryTexts } from '@/cms/admin/translation/memory-text'
import { useTranslationState } from '@/cms/admin/translation/use-translation-state'
import { paragraphsOf } from '@/cms/translation-memory/paragraphs'
import { defaultLocale } from '@/shared/locales'

type Unit = { field: string; text: string }

/**
 * Above a translation not begun yet: every Turkish paragraph the translation memory remembers
 * something like, each with its suggestions. The paragraphs are cut as the memory cuts them
 * (src/cms/translation-memory/paragraphs.ts), from the Turkish readers see (the newest draft
 * while the document is not live), so an unchanged paragraph finds its own 100 % pair.
 * An outdated translation's changed paragraphs get theirs in TurkishChanges.
 */
export function UntranslatedMemory({ fields }: { fields: ShownField[] }) {
  const { state } = useTranslationState()
  const { id, collectionSlug, globalSlug } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const [units, setUnits] = useState<Unit[]>([])
  const missing = state?.status === 'missing'
  const names = fields.map((field) => field.name).join(',')

  useEffect(() => {
    if (!missing) return
    const path = globalSlug ? `globals/${globalSlug}` : `${collectionSlug}/${id}`
    const controller = new AbortController()
    fetch(`${config.routes.api}/${path}?locale=${defaultLocale}&fallback-locale=none&depth=0`, {
      credentials: 'include',
      signal: controller.signal,
    })
      .then((response) => (response.ok ? (response.json() as Promise<Record<string, unknown>>) : null))
      .then((doc) =>
        setUnits(
          doc ? names.split(',').flatMap((field) => paragraphsOf(doc[field]).map((text) => ({ field, text }))) : [],
        ),
      )
      .catch(() => undefined)
    return () => controller.abort()
  }, [missing, id, collectionSlug, globalSlug, config.routes.api, names])

  if (!missing || units.length === 0) return null
  const t = memoryTexts(i18n.language)
  return (
    <details open className="rota-turkish-changes rota-untranslated-memory">
      <summary>{t.untranslatedHeading}</summary>
      <p>{t.untranslatedIntro}</p>
      {units.map((unit, i) => (
        <MemorySuggestions key={`${i}:${unit.text}`} text={unit.text} hideEmpty>
          <p className="rota-turkish-changes__text rota-memory__paragraph" lang="tr" dir="ltr">
            {unit.text}
          </p>
        </MemorySuggestions>
      ))}
    </details>
  )
}
