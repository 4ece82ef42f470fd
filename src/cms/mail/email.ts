import type { EmailAdapter } from 'payload'

import { enqueueMail } from '@/cms/mail/outbox'
import { env } from '@/shared/server/environment'

/**
 * Outgoing e-mail (password resets, "forgot password") through the SMTP server given as
 * `SMTP_URL` (smtp://user:password@host:587 or smtps://…:465). Without it Payload only
 * writes e-mails to the log, so a reset silently reaches nobody: the admin dashboard warns
 * administrators until it is set (src/cms/admin/dashboard/EmailWarning.tsx).
 */
export const emailConfigured = (): boolean => Boolean(env().SMTP_URL)

type Recipient = string | { address: string } | Array<string | { address: string }> | undefined

const addressesOf = (to: Recipient): string =>
  (Array.isArray(to) ? to : to ? [to] : []).map((r) => (typeof r === 'string' ? r : r.address)).join(', ')

/**
 * Payload's e-mail (password resets) goes into the outbox like every other message
 * (src/cms/mail): the request answers at once, and the message is sent and retried by the serving
 * app. The adapter is our own, not @payloadcms/email-nodemailer: that package has no release for
 * the project's payload 3.90.2 (its newest is 3.90.1), Payload's start refuses @payloadcms packages
 * of another version, and it would send at once rather than queue.
 */
export function emailAdapter(): EmailAdapter | undefined {
  const { SMTP_URL: url, EMAIL_FROM_ADDRESS: defaultFromAddress, EMAIL_FROM_NAME: defaultFromName } = env()
  if (!url) return undefined
  return ({ payload }) => ({
    name: 'outbox',
    defaultFromAddress,
    defaultFromName,
    sendEmail: (message) =>
      enqueueMail(
        payload,
        {
          to: addressesOf(message.to as Recipient),
          subject: String(message.subject ?? ''),
          text: typeof message.text === 'string' ? message.text : undefined,
          html: typeof message.html === 'string' ? message.html : undefined,
        },
        defaultFromAddress,
      ),
  })
}
