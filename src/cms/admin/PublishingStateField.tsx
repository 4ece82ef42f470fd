'use client'

import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { publishingStateHeading, publishingStateText } from '@/cms/admin/publishing-state-text'
import type { PublishingState } from '@/cms/publishing-state'

/**
 * The form's sidebar: what readers see of this document, per language. Read again after every
 * save (the form's own copy of a virtual field is not refreshed by a publish).
 */
export default function PublishingStateField() {
  const { i18n } = useTranslation()
  const { id, collectionSlug, lastUpdateTime } = useDocumentInfo()
  const { config } = useConfig()
  const [state, setState] = useState<PublishingState | null>(null)
  useEffect(() => {
    if (id === undefined || id === null || !collectionSlug) return
    const controller = new AbortController()
    const path = `${config.routes.api}/${collectionSlug}/${encodeURIComponent(String(id))}?depth=0&draft=true&select[publishingState]=true`
    fetch(path, { credentials: 'include', signal: controller.signal })
      .then((response) => (response.ok ? response.json() : null))
      .then((doc: { publishingState?: PublishingState | null } | null) => setState(doc?.publishingState ?? null))
      .catch(() => undefined)
    return () => controller.abort()
  }, [id, collectionSlug, lastUpdateTime, config.routes.api])
  if (!state) return null
  return (
    <div className="rota-publishing-state-field">
      <div className="rota-publishing-state-field__label">{publishingStateHeading(i18n.language)}</div>
      <p className="rota-publishing-state">{publishingStateText(state, i18n.language)}</p>
    </div>
  )
}
