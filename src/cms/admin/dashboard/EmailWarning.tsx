import type { ServerProps } from 'payload'

import { emailConfigured } from '@/cms/email'
import { isAdmin } from '@/shared/roles'

import type { User } from '@payload-types'

const texts = {
  tr: {
    title: 'E-posta gönderimi ayarlanmamış',
    body: 'Şifre sıfırlama e-postaları kimseye ulaşmaz, yalnızca sunucu kaydına yazılır. Sunucu ortamında SMTP_URL (ör. smtps://kullanici:parola@smtp.ornek.org:465) ve EMAIL_FROM_ADDRESS değişkenlerini ayarlayıp uygulamayı yeniden başlatın (README, “E-posta”).',
  },
  en: {
    title: 'E-mail is not set up',
    body: 'Password-reset e-mails reach nobody; they are only written to the server log. Set SMTP_URL (e.g. smtps://user:password@smtp.example.org:465) and EMAIL_FROM_ADDRESS in the server environment and restart the app (README, “E-mail”).',
  },
}

/** Shown to administrators on the dashboard while the server has no way to send e-mail. */
export default function EmailWarning({ user, i18n }: ServerProps) {
  if (emailConfigured() || !isAdmin(user as User | undefined)) return null
  const t = i18n?.language === 'en' ? texts.en : texts.tr
  return (
    <div className="rota-email-warning" role="status">
      <strong>{t.title}.</strong> {t.body}
    </div>
  )
}
