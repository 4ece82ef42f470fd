'use client'

import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { adminDate, publishedLanguage } from '@/cms/admin/format'
import { UserText } from '@/shared/user-text'

const shown = 10

type Version = {
  id: string
  updatedAt: string
  autosave?: boolean
  publishedLocale?: string
  version: { _status?: string; changedBy?: string | null }
}

const texts = {
  tr: {
    title: 'Sürüm geçmişi',
    published: 'Yayımlandı',
    allLanguages: 'tüm diller',
    draft: 'Taslak',
    autosave: 'Otomatik kayıt',
    unknown: 'bilinmiyor',
    all: 'Tüm sürümler ve karşılaştırma',
  },
  en: {
    title: 'Version history',
    published: 'Published',
    allLanguages: 'all languages',
    draft: 'Draft',
    autosave: 'Autosave',
    unknown: 'unknown',
    all: 'All versions and comparison',
  },
}

/**
 * Who changed this document, version by version, beside the form: Payload's own versions list
 * has no author column. Each date opens that version's comparison with the current one. Read
 * again after every save.
 */
export default function VersionHistory() {
  const { id, collectionSlug, lastUpdateTime } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const [versions, setVersions] = useState<Version[] | null>(null)
  const base = collectionSlug && id !== undefined && id !== null ? `${collectionSlug}/${String(id)}` : null

  useEffect(() => {
    if (!base || !collectionSlug) return
    const controller = new AbortController()
    const query = `where[parent][equals]=${encodeURIComponent(String(id))}&sort=-updatedAt&limit=${shown}&depth=0`
    fetch(`${config.routes.api}/${collectionSlug}/versions?${query}`, {
      credentials: 'include',
      signal: controller.signal,
    })
      .then((response) => (response.ok ? response.json() : null))
      .then((answer: { docs?: Version[] } | null) => setVersions(answer?.docs ?? null))
      .catch(() => undefined)
    return () => controller.abort()
  }, [base, collectionSlug, id, config.routes.api, lastUpdateTime])

  if (!base || !versions?.length) return null
  const language = i18n.language === 'en' ? 'en' : 'tr'
  const t = texts[language]
  return (
    <div className="rota-version-history" lang={language}>
      <p className="rota-version-history__title">{t.title}</p>
      <ol>
        {versions.map((v) => (
          <li key={v.id}>
            <a href={`/admin/collections/${base}/versions/${v.id}`}>{adminDate(v.updatedAt, language)}</a> ·{' '}
            {v.version._status === 'published'
              ? `${t.published} (${publishedLanguage(v.publishedLocale, language, t.allLanguages)})`
              : v.autosave
                ? t.autosave
                : t.draft}{' '}
            · {v.version.changedBy ? <UserText text={v.version.changedBy} /> : t.unknown}
          </li>
        ))}
      </ol>
      <a href={`/admin/collections/${base}/versions`}>{t.all}</a>
    </div>
  )
}
