'use client'

import { useAuth, useDocumentEvents, useDocumentInfo, useLocale, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

import type { Unpublished } from '@/cms/publishing/publish-together'
import { useDocumentEndpoint } from '@/cms/admin/publishing/use-document-endpoint'
import { UserText } from '@/shared/text/user-text'
import { isLocale, localeName } from '@/shared/locales'
import { isEditor } from '@/shared/roles'

import type { User } from '@payload-types'

const texts = {
  tr: {
    question: 'Bu soru sayfasının yayımlanmamış parçaları var; okurlar bunları görmez:',
    page: 'Bu sayfa okurlara eksik görünecek ya da hiç görünmeyecek; şunlar henüz yayımlanmadı:',
    publish: (language: string) => `Hepsini birlikte yayımla: ${language}`,
    busy: 'Yayımlanıyor…',
    self: 'bu belge',
  },
  en: {
    question: 'Parts of this question’s page are not published; readers do not see them:',
    page: 'Readers will see this page incomplete or not at all; these are not published yet:',
    publish: (language: string) => `Publish them all together: ${language}`,
    busy: 'Publishing…',
    self: 'this document',
  },
}

/**
 * On a question, choice or advice form: the parts of its question page readers do not see
 * (src/cms/publishing/publish-together.ts), listed, with one button that publishes exactly those in the
 * language being edited. Only editors publish; nothing shows when the page is complete or
 * only this document is unpublished (its own publish button is enough then).
 * Read again after this form's saves and after any document saved in a drawer (an advice
 * added from the choice's form, a choice opened from the question's): the page's parts change.
 */
export default function PublishTogether() {
  const { user } = useAuth<User>()
  const { id, collectionSlug } = useDocumentInfo()
  const { mostRecentUpdate } = useDocumentEvents()
  const locale = useLocale()
  const { i18n } = useTranslation()
  const { path, answer: read } = useDocumentEndpoint<{ items?: Unpublished[] }>('publish-together', {
    enabled: isEditor(user),
    refreshOn: [mostRecentUpdate],
  })
  const items = read?.items ?? null
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  if (!path || !items || !items.some((item) => item.id !== String(id))) return null
  const language = i18n.language === 'en' ? 'en' : 'tr'
  const t = texts[language]
  const publish = async () => {
    setBusy(true)
    setError(null)
    const response = await fetch(path, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ ids: items.map((item) => item.id) }),
    }).catch(() => null)
    if (response?.ok) {
      window.location.reload()
      return
    }
    const answer = (await response?.json().catch(() => null)) as { errors?: Array<{ message: string }> } | null
    setError(answer?.errors?.[0]?.message ?? `HTTP ${response?.status ?? '—'}`)
    setBusy(false)
  }
  return (
    <div className="rota-publish-together" lang={language}>
      <p>{collectionSlug === 'questions' ? t.question : t.page}</p>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            <UserText text={item.title} />
            {item.id === String(id) ? ` (${t.self})` : null}
          </li>
        ))}
      </ul>
      <button type="button" className="btn btn--style-primary btn--size-small" onClick={publish} disabled={busy}>
        {busy ? t.busy : t.publish(isLocale(locale.code) ? localeName(locale.code, language) : locale.code)}
      </button>
      {error ? <p role="alert">{error}</p> : null}
    </div>
  )
}
