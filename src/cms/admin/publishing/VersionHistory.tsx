'use client'

import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { adminDate, publishActions, publishedIn, publishLocaleOf } from '@/cms/admin/format'
import { UserText } from '@/shared/text/user-text'

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
    draft: 'Taslak',
    autosave: 'Otomatik kayıt',
    unknown: 'bilinmiyor',
    all: 'Tüm sürümler ve karşılaştırma',
  },
  en: {
    title: 'Version history',
    published: 'Published',
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
  const [publishes, setPublishes] = useState<Array<{ createdAt: string; locale?: string | null }>>([])
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
    // Which language each publish was made in (src/cms/admin/format.ts publishLocaleOf).
    const log = [
      `where[collection][equals]=${encodeURIComponent(collectionSlug)}`,
      `where[document][equals]=${encodeURIComponent(String(id))}`,
      `where[action][in]=${publishActions.join(',')}`,
      'sort=-createdAt&limit=50&depth=0&select[createdAt]=true&select[locale]=true',
    ].join('&')
    fetch(`${config.routes.api}/activity-log?${log}`, { credentials: 'include', signal: controller.signal })
      .then((response) => (response.ok ? response.json() : null))
      .then((answer: { docs?: Array<{ createdAt: string; locale?: string | null }> } | null) =>
        setPublishes(answer?.docs ?? []),
      )
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
              ? publishedIn(t.published, publishLocaleOf(v, publishes), language)
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
