import type { ServerProps } from 'payload'

import { emailConfigured } from '@/cms/mail/email'
import { mailTrouble, type MailTrouble } from '@/cms/mail/trouble'
import { isAdmin } from '@/shared/roles'

import type { User } from '@payload-types'

const texts = {
  tr: {
    title: 'E-posta gönderimi ayarlanmamış',
    body: 'Şifre sıfırlama e-postaları kimseye ulaşmaz, yalnızca sunucu kaydına yazılır. Sunucu ortamında SMTP_URL (ör. smtps://kullanici:parola@smtp.ornek.org:465) ve EMAIL_FROM_ADDRESS değişkenlerini ayarlayıp uygulamayı yeniden başlatın (docs/operations/email.md).',
    failing: 'E-postalar gönderilemiyor',
    trouble: ({ waiting, failed }: MailTrouble) =>
      [
        waiting ? `${waiting} ileti yeniden denenmeyi bekliyor` : '',
        failed ? `${failed} ileti son yedi günde denemeler bitince gönderilemedi` : '',
      ]
        .filter(Boolean)
        .join('; ') + '. Sunucu kaydına ve SMTP_URL ayarına bakın; sunucu düzelince bekleyenler kendiliğinden gider.',
    lastError: 'Son hata',
  },
  en: {
    title: 'E-mail is not set up',
    body: 'Password-reset e-mails reach nobody; they are only written to the server log. Set SMTP_URL (e.g. smtps://user:password@smtp.example.org:465) and EMAIL_FROM_ADDRESS in the server environment and restart the app (docs/operations/email.md).',
    failing: 'E-mail is failing',
    trouble: ({ waiting, failed }: MailTrouble) =>
      [
        waiting ? `${waiting} message(s) waiting to be tried again` : '',
        failed ? `${failed} message(s) given up in the last seven days` : '',
      ]
        .filter(Boolean)
        .join('; ') +
      '. Check the server log and SMTP_URL; waiting messages go out by themselves once the server works.',
    lastError: 'Last error',
  },
}

/**
 * Shown to administrators on the dashboard while the server has no way to send e-mail, or while
 * the mail server has been refusing or unreachable (the outbox, src/cms/mail).
 */
export default async function EmailWarning({ user, i18n, payload }: ServerProps) {
  if (!isAdmin(user as User | undefined)) return null
  const t = i18n?.language === 'en' ? texts.en : texts.tr
  if (!emailConfigured())
    return (
      <div className="rota-email-warning" role="status">
        <strong>{t.title}.</strong> {t.body}
      </div>
    )
  const trouble = await mailTrouble(payload)
  if (!trouble) return null
  return (
    <div className="rota-email-warning" role="status">
      <strong>{t.failing}.</strong> {t.trouble(trouble)}
      {trouble.lastError ? (
        <>
          {' '}
          {t.lastError}: <code>{trouble.lastError}</code>
        </>
      ) : null}
    </div>
  )
}
