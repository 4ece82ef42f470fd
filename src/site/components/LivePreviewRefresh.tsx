'use client'

import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

/**
 * In the admin's live preview the page sits in an iframe; the admin posts a
 * "payload-document-event" each time the draft is saved, and the page re-renders with it.
 * (The same protocol as Payload's RefreshRouteOnSave, without pulling in its package.)
 */
export function LivePreviewRefresh() {
  const router = useRouter()
  useEffect(() => {
    const origin = window.location.origin
    const onMessage = (event: MessageEvent) => {
      if (event.origin === origin && (event.data as { type?: string } | null)?.type === 'payload-document-event')
        router.refresh()
    }
    window.addEventListener('message', onMessage)
    ;(window.opener ?? window.parent)?.postMessage({ type: 'payload-live-preview', ready: true }, origin)
    return () => window.removeEventListener('message', onMessage)
  }, [router])
  return null
}
