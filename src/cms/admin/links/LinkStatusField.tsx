'use client'

import { useField, useTranslation } from '@payloadcms/ui'

import { adminDate } from '@/cms/admin/format'
import { linkStatusLabel, linkStatusTexts } from '@/cms/admin/links/link-status-text'
import type { LinkStatus } from '@/cms/link-check/check-url'

/** On a resource's form: what the last link check found, in words, not as JSON. */
export default function LinkStatusField({ path }: { path: string }) {
  const { value } = useField<LinkStatus | null>({ path })
  const { i18n } = useTranslation()
  const t = linkStatusTexts(i18n.language)
  const when = value?.checkedAt ? adminDate(value.checkedAt, i18n.language) : null
  const failing = value?.state === 'broken' || value?.state === 'unreachable'
  return (
    <div className="field-type rota-link-status-field">
      <div className="field-label">{i18n.language === 'en' ? 'Link status' : 'Bağlantı durumu'}</div>
      <p className={failing ? 'rota-link-status rota-link-status--failing' : 'rota-link-status'}>
        {linkStatusLabel(value, i18n.language)}
      </p>
      {value?.redirectsTo ? (
        <p>
          {t.to}: {value.redirectsTo}
        </p>
      ) : null}
      {when ? (
        <p>
          {t.checked}: {when}
        </p>
      ) : null}
    </div>
  )
}
