'use client'

import { useAuth, useLocale, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

import { adminDate } from '@/cms/admin/format'
import { translationStatusTexts } from '@/cms/admin/translation/translation-status-text'
import { useTranslationState } from '@/cms/admin/translation/use-translation-state'
import { isLocale, localeName } from '@/shared/locales'
import { isEditor } from '@/shared/roles'

import type { User } from '@payload-types'

/**
 * The sidebar's "Çeviri durumu" while a translation is open: where it stands against the
 * Turkish, and for editors the way to say that a Turkish change does not affect it.
 */
export default function TranslationStatusField() {
  const { i18n } = useTranslation()
  const { user } = useAuth<User>()
  const locale = useLocale()
  const { state, reload, path } = useTranslationState()
  const [message, setMessage] = useState<string | null>(null)
  const t = translationStatusTexts(i18n.language)
  if (!state || !path) return null
  const language = isLocale(state.locale) ? localeName(state.locale, i18n.language) : state.locale

  const confirm = async () => {
    const response = await fetch(path.replace('?', '/current?'), { method: 'POST', credentials: 'include' })
    const answer = (await response.json().catch(() => null)) as { errors?: Array<{ message: string }> } | null
    setMessage(response.ok ? t.confirmed : (answer?.errors?.[0]?.message ?? response.statusText))
    reload()
  }

  return (
    <div className="rota-translation-field" lang={i18n.language} data-locale={locale.code}>
      <div className="rota-translation-field__label">{t.heading}</div>
      <p className={`rota-translation-status--${state.status}`}>
        {language}: {t.states[state.status]}
      </p>
      {state.status === 'outdated' && state.paragraphs ? (
        <p className="rota-translation-field__paragraphs">
          {t.paragraphsChanged(state.paragraphs.total, state.paragraphs.changed.length)}
        </p>
      ) : null}
      {state.status === 'outdated' && state.turkishChangedAt ? (
        <p>{t.turkishChanged(adminDate(state.turkishChangedAt, i18n.language))}</p>
      ) : null}
      {state.status !== 'missing' && state.translatedAt ? (
        <p>{t.translatedAt(adminDate(state.translatedAt, i18n.language))}</p>
      ) : null}
      {state.status === 'outdated' && isEditor(user) ? (
        <button
          type="button"
          className="btn btn--style-secondary btn--size-small"
          onClick={confirm}
          title={t.confirmHelp}
        >
          {t.confirm}
        </button>
      ) : null}
      {message ? <p role="status">{message}</p> : null}
    </div>
  )
}
