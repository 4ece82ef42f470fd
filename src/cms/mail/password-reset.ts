import type { PayloadRequest } from 'payload'

import { siteAddress } from '@/cms/mail/site-address'

const words = {
  tr: {
    subject: 'ROTA: parolanızı sıfırlayın',
    asked: 'ROTA yönetim panelindeki hesabınız için parola sıfırlama istendi.',
    open: 'Yeni bir parola belirlemek için bu bağlantıyı açın:',
    notYou: 'Bunu siz istemediyseniz bu e-postayı yok sayın: parolanız değişmez.',
  },
  en: {
    subject: 'ROTA: reset your password',
    asked: 'A password reset was asked for your account in the ROTA admin.',
    open: 'Open this link to choose a new password:',
    notYou: 'If you did not ask for it, ignore this e-mail: your password stays as it is.',
  },
} as const

type Args = { req?: PayloadRequest; token?: string; user?: unknown } | undefined

/** The person's e-mail language (their account setting), else the language the reset was asked in. */
function languageOf(args: Args): keyof typeof words {
  const chosen = (args?.user as { mailLanguage?: unknown } | undefined)?.mailLanguage
  if (chosen === 'tr' || chosen === 'en') return chosen
  return args?.req?.i18n?.language === 'en' ? 'en' : 'tr'
}

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

/**
 * Payload's reset e-mail links to `serverURL`, which a local start leaves empty, so its link was
 * a bare path no mail client can open; and its Turkish says "şifre" where the admin says
 * "parola". This one links to the site's address (site-address.ts) in the person's language.
 */
export const passwordResetMail = {
  generateEmailSubject: (args: Args) => words[languageOf(args)].subject,
  generateEmailHTML: (args: Args) => {
    const t = words[languageOf(args)]
    const config = args?.req?.payload.config
    const path = `${config?.routes.admin ?? '/admin'}${config?.admin.routes.reset ?? '/reset'}`
    const link = escape(`${siteAddress()}${path}/${args?.token ?? ''}`)
    return `<!doctype html><html lang="${languageOf(args)}"><body><p>${t.asked}</p><p>${t.open}<br><a href="${link}">${link}</a></p><p>${t.notYou}</p></body></html>`
  },
}
