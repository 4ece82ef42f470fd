import type { Payload } from 'payload'

import type { Mail } from '@/cms/mail/outbox'
import { siteAddress } from '@/cms/mail/site-address'
import { notificationPaths } from '@/cms/notifications/links'
import { notificationText, mailWords, type NotificationFacts } from '@/cms/notifications/texts'
import { signUnsubscribe } from '@/cms/notifications/unsubscribe-link'
import { unsubscribePath } from '@/cms/notifications/unsubscribe'
import { notificationKindLabels, type MailLanguage, type NotificationKind } from '@/shared/states/notifications'

export type Recipient = { id: string | number; email: string; name?: string | null; mailLanguage?: string | null }
export type Told = NotificationFacts & { collection?: string | null; document?: string | null }

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

/**
 * The recipient as a To header: the name quoted (nodemailer encodes its Turkish letters), with
 * every line break and control character made a space, so no name can add a header.
 */
export function addressOf(recipient: Recipient): string {
  const name = (recipient.name ?? '').replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').trim()
  const address = recipient.email.replace(/[\s<>"]/g, '')
  return name ? `"${name.replace(/["\\]/g, '\\$&')}" <${address}>` : address
}

/** The form in the notification's language, and for a review the comparison with the published text. */
function linksOf(payload: Payload, told: Told, lang: MailLanguage): Array<{ label: string; href: string }> {
  const base = siteAddress()
  const words = mailWords[lang]
  const { open, compare } = notificationPaths(told, payload.config.routes)
  return [
    ...(open ? [{ label: words.open, href: `${base}${open}` }] : []),
    ...(compare ? [{ label: words.compare, href: `${base}${compare}` }] : []),
  ]
}

function block(payload: Payload, told: Told, lang: MailLanguage, withHeading: boolean) {
  const { subject, line } = notificationText(told, lang)
  const links = linksOf(payload, told, lang)
  const labels: Partial<Record<NotificationKind, string>> = mailWords[lang].note
  const note = told.note ? `${labels[told.kind] ?? ''}:\n${told.note}` : null
  const text = [withHeading ? `• ${subject}` : null, line, note, ...links.map((l) => `${l.label}: ${l.href}`)]
    .filter(Boolean)
    .join('\n')
  const html = [
    withHeading ? `<h2 style="font-size:1.05em">${escape(subject)}</h2>` : '',
    `<p>${escape(line)}</p>`,
    note ? `<blockquote>${escape(note).replace(/\n/g, '<br>')}</blockquote>` : '',
    links.length ? `<p>${links.map((l) => `<a href="${escape(l.href)}">${escape(l.label)}</a>`).join(' · ')}</p>` : '',
  ].join('')
  return { subject, text, html }
}

/**
 * One e-mail for `told` (one notification, or a digest of several), in the recipient's
 * language, plain text and HTML, with the one-click unsubscribe headers of RFC 8058 for the
 * kinds it carries.
 */
export function notificationMail(payload: Payload, recipient: Recipient, told: readonly Told[]): Mail {
  const lang: MailLanguage = recipient.mailLanguage === 'en' ? 'en' : 'tr'
  const words = mailWords[lang]
  const kinds = [...new Set(told.map((t) => t.kind))] as NotificationKind[]
  const token = signUnsubscribe(payload.secret, recipient.id, kinds)
  const unsubscribe = `${siteAddress()}${payload.config.routes.api}${unsubscribePath}?token=${encodeURIComponent(token)}`
  const inbox = `${siteAddress()}${payload.config.routes.admin}/collections/notifications`
  const digest = told.length > 1
  const blocks = told.map((t) => block(payload, t, lang, digest))
  const kindNames = kinds.map((k) => notificationKindLabels[k][lang]).join(', ')
  const subject = digest ? words.digestSubject(told.length) : blocks[0].subject
  const text = [
    ...(digest ? [words.digestIntro, ''] : []),
    blocks.map((b) => b.text).join('\n\n'),
    '',
    `${words.inbox}: ${inbox}`,
    '',
    '-- ',
    words.why,
    `${words.stop(kindNames)}: ${unsubscribe}`,
  ].join('\n')
  const html = `<!doctype html><html lang="${lang}"><body style="font-family:sans-serif">${
    digest ? `<p>${escape(words.digestIntro)}</p>` : ''
  }${blocks.map((b) => b.html).join('<hr>')}<p><a href="${escape(inbox)}">${escape(words.inbox)}</a></p><p style="color:#555;font-size:.9em">${escape(words.why)} ${escape(words.stop(kindNames))} <a href="${escape(unsubscribe)}">${escape(words.stopLink)}</a>.</p></body></html>`
  return {
    to: addressOf(recipient),
    subject,
    text,
    html,
    headers: { 'List-Unsubscribe': `<${unsubscribe}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  }
}
