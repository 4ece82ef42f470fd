'use client'

import { useConfig, useDocumentInfo, useLocale, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { lexicalToHtml } from '@/rich-text/html'
import { defaultLocale } from '@/shared/locales'

export type ShownField = { name: string; label: { tr: string; en: string } }

type Doc = Record<string, unknown>

const texts = {
  tr: {
    heading: 'Türkçe aslı',
    published: 'Okurların gördüğü, yayımdaki Türkçe metin. Çeviri bununla karşılaştırılır.',
    neverPublished: 'Bu belge yayında değil: Türkçe metnin en yeni taslağı gösteriliyor (henüz yayımlanmadı).',
    draftHeading: 'Yayımlanmamış Türkçe taslak',
    draft:
      'Türkçe metnin yayımlanmamış bir düzeltmesi bekliyor; henüz okurlara gösterilmiyor ve çevirinin durumunu etkilemiyor. Yalnızca değişen alanlar:',
    empty: '(boş)',
  },
  en: {
    heading: 'Turkish original',
    published: 'The published Turkish text, as readers see it. The translation is measured against it.',
    neverPublished: 'This document is not live: the newest Turkish draft is shown (not published yet).',
    draftHeading: 'Unpublished Turkish draft',
    draft:
      'A revision of the Turkish text waits unpublished; readers do not see it yet and it does not affect the translation’s status. Only the fields it changes:',
    empty: '(empty)',
  },
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

function Fields({ fields, doc, language }: { fields: ShownField[]; doc: Doc; language: 'tr' | 'en' }) {
  return (
    <>
      {fields.map((field) => {
        const value = doc[field.name]
        return (
          <div key={field.name} lang="tr" dir="ltr" style={{ marginTop: '0.75rem' }}>
            <div style={{ fontSize: '0.85em', color: 'var(--theme-elevation-600)' }}>{field.label[language]}</div>
            {value && typeof value === 'object' ? (
              <div dangerouslySetInnerHTML={{ __html: lexicalToHtml(value) }} />
            ) : (
              <div>{typeof value === 'string' && value ? value : texts[language].empty}</div>
            )}
          </div>
        )
      })}
    </>
  )
}

/**
 * While a translation is being written (or reviewed), the Turkish original of the fields being
 * translated, read-only: Payload shows only the language being edited. The original is the
 * published Turkish, the text readers see and the translation status is measured against; a
 * Turkish revision waiting as a draft is shown apart, marked as not published yet. A document
 * that is not live has no published text: its newest Turkish draft is shown, marked so.
 */
export function DefaultLanguageText({ fields }: { fields: ShownField[] }) {
  const locale = useLocale()
  const { id, collectionSlug, globalSlug, lastUpdateTime } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const [original, setOriginal] = useState<{ live: Doc | null; newest: Doc | null } | null>(null)
  const language = i18n.language === 'en' ? 'en' : 'tr'
  const t = texts[language]
  const translating = locale.code !== defaultLocale

  useEffect(() => {
    if (!translating || (!id && !globalSlug)) return
    const path = globalSlug ? `globals/${globalSlug}` : `${collectionSlug}/${id}`
    const controller = new AbortController()
    const read = (draft: boolean) =>
      fetch(
        `${config.routes.api}/${path}?locale=${defaultLocale}&fallback-locale=none&depth=0${draft ? '&draft=true' : ''}`,
        { credentials: 'include', signal: controller.signal },
      ).then((response) => (response.ok ? (response.json() as Promise<Doc>) : null))
    Promise.all([read(false), read(true)])
      .then(([live, newest]) => setOriginal({ live, newest }))
      .catch(() => setOriginal(null))
    return () => controller.abort()
  }, [translating, id, collectionSlug, globalSlug, config.routes.api, lastUpdateTime])

  if (!translating || !original) return null
  const { live, newest } = original
  const isLive = live?._status === 'published'
  const source = isLive ? live : (newest ?? live)
  if (!source) return null
  const revised = isLive && newest ? fields.filter((field) => !same(live[field.name], newest[field.name])) : []
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
      <summary style={{ cursor: 'pointer', fontWeight: 600 }}>{t.heading}</summary>
      {/* The admin's stylesheet removes paragraph spacing; the original reads better with it. */}
      <style>
        {'.default-language-text p, .default-language-text ul, .default-language-text ol { margin: 0 0 0.6em; }'}
      </style>
      <p className="default-language-text__source">{isLive ? t.published : t.neverPublished}</p>
      <div className="default-language-text__published" style={{ maxHeight: '45vh', overflowY: 'auto' }}>
        <Fields fields={fields} doc={source} language={language} />
      </div>
      {revised.length > 0 && newest ? (
        <section
          className="default-language-text__draft"
          aria-label={t.draftHeading}
          style={{
            marginTop: '1rem',
            paddingTop: '0.75rem',
            borderTop: '1px dashed var(--theme-elevation-250)',
          }}
        >
          <h4 style={{ margin: '0 0 0.25rem' }}>{t.draftHeading}</h4>
          <p>{t.draft}</p>
          <div style={{ maxHeight: '30vh', overflowY: 'auto' }}>
            <Fields fields={revised} doc={newest} language={language} />
          </div>
        </section>
      ) : null}
    </details>
  )
}
