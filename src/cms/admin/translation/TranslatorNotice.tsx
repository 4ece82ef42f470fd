'use client'

import { useAuth, useLocale, useTranslation } from '@payloadcms/ui'

import type { User } from '@payload-types'
import { isLocale, localeName } from '@/shared/locales'
import { canEditLocale, isTranslator } from '@/shared/roles'

const texts = {
  tr: {
    readOnly: (current: string, mine: string) =>
      `${current} metinleri yalnızca editörler değiştirebilir. Sizin çeviri diliniz: ${mine}. Sağ üstteki “İçerik dili” menüsünden dilinizi seçin.`,
    noLanguages: 'Size henüz bir çeviri dili atanmamış; bir yöneticiden dil atamasını isteyin.',
    editable: (current: string) =>
      `${current} çeviriniz taslak olarak kaydedilir (reçetelerde yazarken kendiliğinden, diğer kayıtlarda “Taslağı kaydet” ile); bir editör gözden geçirip yayımlar. Türkçe metin ve ilişkiler salt okunurdur.`,
  },
  en: {
    readOnly: (current: string, mine: string) =>
      `Only editors can change the ${current} text. You translate into ${mine}: pick your language in the “Content language” menu at the top right.`,
    noLanguages: 'No translation language is assigned to you yet; ask an administrator to assign one.',
    editable: (current: string) =>
      `Your ${current} translation is saved as a draft (advice saves itself as you type; elsewhere use “Save draft”); an editor reviews and publishes it. The Turkish text and the links between records are read-only.`,
  },
}

/**
 * Tells a translator why a form is read-only in this language and what they can do, so the
 * greyed-out fields are not a puzzle. Editors and administrators see nothing.
 */
export default function TranslatorNotice() {
  const { user } = useAuth<User>()
  const locale = useLocale()
  const { i18n } = useTranslation()
  if (!isTranslator(user)) return null
  const t = i18n.language === 'en' ? texts.en : texts.tr
  const name = (code: string) => (isLocale(code) ? localeName(code, i18n.language) : code)
  const current = name(locale.code)
  const mine = (user?.languages ?? []).map(name)
  const message = canEditLocale(user, locale.code)
    ? t.editable(current)
    : mine.length > 0
      ? t.readOnly(current, mine.join(', '))
      : t.noLanguages
  return (
    <div
      role="note"
      className="translator-notice"
      style={{
        padding: '0.75rem 1rem',
        marginBottom: '1.5rem',
        borderLeft: '4px solid #0a566f',
        background: 'var(--theme-elevation-50)',
      }}
    >
      {message}
    </div>
  )
}
