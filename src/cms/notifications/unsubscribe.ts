import type { Endpoint, PayloadRequest } from 'payload'

import { verifyUnsubscribe } from '@/cms/notifications/unsubscribe-link'
import { noStore } from '@/cms/endpoints/endpoint-answers'
import { notificationKindLabels, preferenceField, type MailLanguage } from '@/shared/states/notifications'

import type { User } from '@payload-types'

export const unsubscribePath = '/unsubscribe'

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

const page = (status: number, lang: MailLanguage, title: string, body: string) =>
  new Response(
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><meta name="robots" content="noindex"><title>${escape(title)}</title></head><body style="font-family:sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem"><h1>${escape(title)}</h1>${body}</body></html>`,
    {
      status,
      headers: {
        ...noStore,
        'Content-Type': 'text/html; charset=utf-8',
        'Referrer-Policy': 'no-referrer',
        // The page has no script of its own and posts only to itself.
        'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'",
      },
    },
  )

const invalid = () =>
  page(
    400,
    'tr',
    'Bağlantı geçersiz / Invalid link',
    '<p>Bu abonelikten çıkma bağlantısı tanınmadı; hiçbir şey değişmedi. Bildirim tercihlerinizi hesap sayfanızda değiştirebilirsiniz.</p><p lang="en">This unsubscribe link was not recognised; nothing was changed. You can change your notification settings on your account page.</p>',
  )

async function target(req: PayloadRequest) {
  const token = new URL(req.url ?? 'http://x').searchParams.get('token')
  const named = verifyUnsubscribe(req.payload.secret, token)
  if (!named) return null
  const user = (await req.payload.findByID({
    collection: 'users',
    id: named.user,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })) as User | null
  return user ? { ...named, user, token: token! } : null
}

const kindNames = (kinds: readonly (keyof typeof notificationKindLabels)[], lang: MailLanguage) =>
  kinds.map((kind) => `“${notificationKindLabels[kind][lang]}”`).join(', ')

/**
 * GET /api/unsubscribe?token=…: a page that asks to confirm (a mail scanner that follows every
 * link turns nothing off); its button, and a mail client's one-click POST (RFC 8058, body
 * `List-Unsubscribe=One-Click`), turn the link's kinds off for its person, without a session.
 * A link not signed by this app changes nothing; a used one only turns the same kinds off again.
 */
export const unsubscribeEndpoints: Endpoint[] = [
  {
    path: unsubscribePath,
    method: 'get',
    handler: async (req) => {
      const found = await target(req)
      if (!found) return invalid()
      const lang: MailLanguage = found.user.mailLanguage === 'en' ? 'en' : 'tr'
      const names = kindNames(found.kinds, lang)
      const action = `?token=${encodeURIComponent(found.token)}`
      return lang === 'tr'
        ? page(
            200,
            lang,
            'E-posta bildirimlerini kapat',
            `<p>${escape(names)} bildirimleri artık e-postayla gönderilmesin mi? Yönetim panelindeki “Bildirimler” listesinde görünmeye devam ederler.</p><form method="post" action="${escape(action)}"><button type="submit">Evet, kapat</button></form>`,
          )
        : page(
            200,
            lang,
            'Turn e-mail notifications off',
            `<p>Stop e-mails for ${escape(names)}? They still appear under “Notifications” in the admin.</p><form method="post" action="${escape(action)}"><button type="submit">Yes, turn them off</button></form>`,
          )
    },
  },
  {
    path: unsubscribePath,
    method: 'post',
    handler: async (req) => {
      const found = await target(req)
      if (!found) return invalid()
      await req.payload.update({
        collection: 'users',
        id: found.user.id,
        data: Object.fromEntries(found.kinds.map((kind) => [preferenceField(kind), 'off'])),
        depth: 0,
        overrideAccess: true,
      })
      const lang: MailLanguage = found.user.mailLanguage === 'en' ? 'en' : 'tr'
      const names = escape(kindNames(found.kinds, lang))
      return lang === 'tr'
        ? page(200, lang, 'Kapatıldı', `<p>${names} bildirimleri artık e-postayla gönderilmeyecek.</p>`)
        : page(200, lang, 'Turned off', `<p>You will no longer get ${names} by e-mail.</p>`)
    },
  },
]
