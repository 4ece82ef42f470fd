'use client'

import { Button, useConfig, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { markRead } from '@/cms/admin/notifications/mark-read'
import { inboxWords } from '@/cms/admin/notifications/texts'

/** Above the inbox: one button that marks every unread notification of one's own read. */
export default function MarkAllRead() {
  const { i18n } = useTranslation()
  const { config } = useConfig()
  const router = useRouter()
  const t = inboxWords(i18n.language)
  const [state, setState] = useState<'idle' | 'marking' | 'failed'>('idle')
  const markAll = async () => {
    setState('marking')
    const response = await markRead(config.routes.api, 'all-unread').catch(() => null)
    setState(response?.ok ? 'idle' : 'failed')
    // The list and the navigation's unread count are server-rendered: read them again.
    if (response?.ok) router.refresh()
  }
  return (
    <div className="rota-mark-all-read">
      <Button buttonStyle="secondary" size="small" disabled={state === 'marking'} onClick={() => void markAll()}>
        {state === 'marking' ? t.marking : t.markAll}
      </Button>
      {state === 'failed' ? <p role="alert">{t.markFailed}</p> : null}
    </div>
  )
}
