import { createTransport } from 'nodemailer'
import type { EmailAdapter } from 'payload'

import { env } from '@/shared/server/environment'

/**
 * Outgoing e-mail (password resets, "forgot password") through the SMTP server given as
 * `SMTP_URL` (smtp://user:password@host:587 or smtps://…:465). Without it Payload only
 * writes e-mails to the log, so a reset silently reaches nobody: the admin dashboard warns
 * administrators until it is set (src/cms/admin/dashboard/EmailWarning.tsx).
 */
export const emailConfigured = (): boolean => Boolean(env().SMTP_URL)

/**
 * Built here on nodemailer rather than with @payloadcms/email-nodemailer: that package has no
 * release for the project's payload 3.90.2 (its newest is 3.90.1), and Payload's start refuses
 * @payloadcms packages of another version ("Mismatching payload dependency versions"). Switch to
 * it when its version matches payload's; given no transport it sends to a test account on the
 * internet, so it must only be made when SMTP_URL is set, as here.
 */
export function emailAdapter(): EmailAdapter | undefined {
  const { SMTP_URL: url, EMAIL_FROM_ADDRESS: defaultFromAddress, EMAIL_FROM_NAME: defaultFromName } = env()
  if (!url) return undefined
  const transport = createTransport(url)
  return () => ({
    name: 'smtp',
    defaultFromAddress,
    defaultFromName,
    sendEmail: (message) =>
      transport.sendMail({ from: { name: defaultFromName, address: defaultFromAddress }, ...message }),
  })
}
