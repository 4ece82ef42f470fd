'use client'

import { Button, useConfig, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useId, useState } from 'react'

import { insightWords } from '@/cms/admin/insights/texts'
import { deleteAllConfirmation } from '@/shared/insights/confirm'

/**
 * Administrators only (the panel renders it for them; the endpoint refuses anyone else): every
 * contribution deleted after the confirmation words are typed, the same words the endpoint checks.
 */
export default function DeleteContributions() {
  const { i18n } = useTranslation()
  const { config } = useConfig()
  const router = useRouter()
  const t = insightWords(i18n.language)
  const field = useId()
  const [confirm, setConfirm] = useState('')
  const [state, setState] = useState<{ kind: 'idle' | 'deleting' | 'failed' } | { kind: 'deleted'; n: number }>({
    kind: 'idle',
  })
  const remove = async () => {
    setState({ kind: 'deleting' })
    const response = await fetch(`${config.routes.api}/assessment-insights/delete`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ confirm }),
    }).catch(() => null)
    const body = (await response?.json().catch(() => null)) as { deleted?: number } | null
    if (!response?.ok || typeof body?.deleted !== 'number') return setState({ kind: 'failed' })
    setState({ kind: 'deleted', n: body.deleted })
    setConfirm('')
    router.refresh()
  }
  return (
    <details className="rota-insights__delete">
      <summary>{t.deleteTitle}</summary>
      <p>{t.deleteIntro}</p>
      <label htmlFor={field}>{t.deleteConfirm}</label>
      <input id={field} type="text" value={confirm} autoComplete="off" onChange={(e) => setConfirm(e.target.value)} />
      <Button
        buttonStyle="error"
        size="small"
        disabled={confirm !== deleteAllConfirmation || state.kind === 'deleting'}
        onClick={() => void remove()}
      >
        {state.kind === 'deleting' ? t.deleting : t.deleteButton}
      </Button>
      {state.kind === 'deleted' ? <p role="status">{t.deleted(state.n)}</p> : null}
      {state.kind === 'failed' ? <p role="alert">{t.deleteFailed}</p> : null}
    </details>
  )
}
