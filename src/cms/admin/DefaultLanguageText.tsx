'use client'

import { useConfig, useDocumentInfo, useLocale, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { lexicalToHtml } from '@/rich-text/html'
import { defaultLocale } from '@/shared/locales'

export type ShownField = { name: string; label: { tr: string; en: string } }

const heading = { tr: 'Türkçe aslı', en: 'Turkish original' }
const empty = { tr: '(boş)', en: '(empty)' }

/**
 * While a translation is being written (or reviewed), the Turkish original of the fields
 * being translated, read-only: Payload shows only the language being edited.
 */
export function DefaultLanguageText({ fields }: { fields: ShownField[] }) {
  const locale = useLocale()
  const { id, collectionSlug, globalSlug } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const [original, setOriginal] = useState<Record<string, unknown> | null>(null)
  const language = i18n.language === 'en' ? 'en' : 'tr'
  const translating = locale.code !== defaultLocale

  useEffect(() => {
    if (!translating || (!id && !globalSlug)) return
    const path = globalSlug ? `globals/${globalSlug}` : `${collectionSlug}/${id}`
    const controller = new AbortController()
    fetch(`${config.routes.api}/${path}?locale=${defaultLocale}&fallback-locale=none&draft=true&depth=0`, {
      credentials: 'include',
      signal: controller.signal,
    })
      .then((response) => (response.ok ? response.json() : null))
      .then((doc: Record<string, unknown> | null) => setOriginal(doc))
      .catch(() => setOriginal(null))
    return () => controller.abort()
  }, [translating, id, collectionSlug, globalSlug, config.routes.api])

  if (!translating || !original) return null
  return (
    <details
      open
      className="default-language-text"
      style={{
        marginBottom: '1.5rem',
        border: '1px solid var(--theme-elevation-150)',
        borderRadius: 4,
        padding: '0.75rem 1rem',
      }}
    >
      <summary style={{ cursor: 'pointer', fontWeight: 600 }}>{heading[language]}</summary>
      {/* The admin's stylesheet removes paragraph spacing; the original reads better with it. */}
      <style>
        {'.default-language-text p, .default-language-text ul, .default-language-text ol { margin: 0 0 0.6em; }'}
      </style>
      <div style={{ maxHeight: '45vh', overflowY: 'auto' }}>
        {fields.map((field) => {
          const value = original[field.name]
          return (
            <div key={field.name} lang="tr" dir="ltr" style={{ marginTop: '0.75rem' }}>
              <div style={{ fontSize: '0.85em', color: 'var(--theme-elevation-600)' }}>{field.label[language]}</div>
              {value && typeof value === 'object' ? (
                <div dangerouslySetInnerHTML={{ __html: lexicalToHtml(value) }} />
              ) : (
                <div>{typeof value === 'string' && value ? value : empty[language]}</div>
              )}
            </div>
          )
        })}
      </div>
    </details>
  )
}
