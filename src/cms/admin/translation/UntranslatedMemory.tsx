'use client'

import { useConfig, useDocumentInfo, useLocale, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import type { ShownField } from '@/cms/admin/translation/DefaultLanguageText'
import type { NewBlock } from '@/cms/admin/translation/memory-insert'
import { MemorySuggestions, type Place } from '@/cms/admin/translation/MemorySuggestions'
import { memoryTexts } from '@/cms/admin/translation/memory-text'
import { useTranslationState } from '@/cms/admin/translation/use-translation-state'
import { paragraphsOf } from '@/cms/translation-memory/paragraphs'
import { rootOf, type RichTextNode } from '@/rich-text/node'
import { defaultLocale } from '@/shared/locales'

type Unit = { text: string; place: Place | null }

/** The kind of a top-level Turkish block, for the translation's block at its place; null for a list. */
function blockOf(node: RichTextNode): NewBlock | null {
  if (node.type === 'paragraph' || node.type === 'quote') return { type: node.type }
  if (node.type === 'heading') return { type: 'heading', tag: String(node.tag ?? 'h2') }
  return null
}

/**
 * A field's paragraphs as the memory cuts them, each with its place: a top-level block's
 * place is its index (the unit id `body-3` of src/rich-text/segments.ts). A list is one memory
 * paragraph but several units, and a text field no editor: theirs are copied, not placed.
 */
function unitsOf(field: string, value: unknown): Unit[] {
  const root = rootOf(value)
  if (!root) return paragraphsOf(value).map((text) => ({ text, place: null }))
  return (root.children ?? []).flatMap((node, i) => {
    const [text] = paragraphsOf({ root: { type: 'root', children: [node] } })
    const block = blockOf(node)
    return text ? [{ text, place: block ? { field, unit: `${field}-${i}`, block } : null }] : []
  })
}

/**
 * Above a translation not begun yet, and kept while the translator begins it in this form:
 * every Turkish paragraph the translation memory remembers
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
  const here = `${collectionSlug ?? globalSlug}/${id}/${String(useLocale().code)}`
  // Shown while the translator works: the first save (autosave, a second after an "Ekle")
  // makes the translation no longer missing, and the next paragraphs' suggestions would go.
  const [begunHere, setBegunHere] = useState<string | null>(null)
  const offered = state?.status === 'missing' || begunHere === here
  useEffect(() => {
    if (state?.status === 'missing') setBegunHere(here)
  }, [state?.status, here])
  const names = fields.map((field) => field.name).join(',')

  useEffect(() => {
    if (!offered) return
    const path = globalSlug ? `globals/${globalSlug}` : `${collectionSlug}/${id}`
    const controller = new AbortController()
    fetch(`${config.routes.api}/${path}?locale=${defaultLocale}&fallback-locale=none&depth=0`, {
      credentials: 'include',
      signal: controller.signal,
    })
      .then((response) => (response.ok ? (response.json() as Promise<Record<string, unknown>>) : null))
      .then((doc) => setUnits(doc ? names.split(',').flatMap((field) => unitsOf(field, doc[field])) : []))
      .catch(() => undefined)
    return () => controller.abort()
  }, [offered, id, collectionSlug, globalSlug, config.routes.api, names])

  if (!offered || units.length === 0) return null
  const t = memoryTexts(i18n.language)
  return (
    <details open className="rota-turkish-changes rota-untranslated-memory">
      <summary>{t.untranslatedHeading}</summary>
      <p>{t.untranslatedIntro}</p>
      {units.map((unit, i) => (
        <MemorySuggestions key={`${i}:${unit.text}`} text={unit.text} place={unit.place} hideEmpty>
          <p className="rota-turkish-changes__text rota-memory__paragraph" lang="tr" dir="ltr">
            {unit.text}
          </p>
        </MemorySuggestions>
      ))}
    </details>
  )
}
