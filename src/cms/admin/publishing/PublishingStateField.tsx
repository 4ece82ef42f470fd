'use client'

import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useEffect, useLayoutEffect, useState } from 'react'

import { publishingStateHeading, publishingStateText } from '@/cms/admin/publishing/publishing-state-text'
import type { PublishingState } from '@/shared/states/publishing-states'

/** Live, with nothing of its content waiting in any language. */
const nothingWaiting = (state: PublishingState | null | undefined): boolean =>
  Boolean(state?.live && state.pending.length === 0 && state.shared.length === 0)

/**
 * The form's sidebar: what readers see of this document, per language. Read again after every
 * save (the form's own copy of a virtual field is not refreshed by a publish).
 *
 * Payload's own status above the form ("Değişiklik yapıldı") counts every draft version saved
 * after the publish, also one that only sets a scheduled time or a review state; this one
 * compares content. While the document is live with nothing waiting, Payload's count is set
 * back to none, so both say "Yayımlandı" (before the browser paints, also right after a save:
 * the save's answer carries the state).
 */
export default function PublishingStateField() {
  const { i18n } = useTranslation()
  const { id, collectionSlug, lastUpdateTime, data, unpublishedVersionCount, setUnpublishedVersionCount } =
    useDocumentInfo()
  const { config } = useConfig()
  const [state, setState] = useState<PublishingState | null>(null)
  const saved = (data as { publishingState?: PublishingState | null } | undefined)?.publishingState ?? null
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
  // The save's own answer is newer than a read started before it.
  const [shown, setShown] = useState<PublishingState | null>(null)
  useLayoutEffect(() => setShown(saved), [saved])
  useLayoutEffect(() => setShown(state), [state])
  const current = shown ?? saved ?? state
  useLayoutEffect(() => {
    if (unpublishedVersionCount > 0 && nothingWaiting(current)) setUnpublishedVersionCount(0)
  }, [current, unpublishedVersionCount, setUnpublishedVersionCount])
  if (!current) return null
  return (
    <div className="rota-publishing-state-field">
      <div className="rota-publishing-state-field__label">{publishingStateHeading(i18n.language)}</div>
      <p className="rota-publishing-state">{publishingStateText(current, i18n.language)}</p>
    </div>
  )
}
