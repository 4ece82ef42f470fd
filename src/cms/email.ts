import { createTransport } from 'nodemailer'
import type { EmailAdapter } from 'payload'

/**
 * Outgoing e-mail (password resets, "forgot password") through the SMTP server given as
 * `SMTP_URL` (smtp://user:password@host:587 or smtps://…:465). Without it Payload only
 * writes e-mails to the log, so a reset silently reaches nobody: the admin dashboard warns
 * administrators until it is set (src/cms/admin/EmailWarning.tsx).
 */
export const emailConfigured = (): boolean => Boolean(process.env.SMTP_URL?.trim())

/**
 * Built here on nodemailer rather than with @payloadcms/email-nodemailer: that package has no
 * release for the project's payload 3.90.2 (its newest is 3.90.1), and Payload's start refuses
 * @payloadcms packages of another version ("Mismatching payload dependency versions"). Switch to
 * it when its version matches payload's; given no transport it sends to a test account on the
 * internet, so it must only be made when SMTP_URL is set, as here.
 */
export function emailAdapter(): EmailAdapter | undefined {
  const url = process.env.SMTP_URL?.trim()
  if (!url) return undefined
  const defaultFromAddress = process.env.EMAIL_FROM_ADDRESS?.trim() || 'rota@localhost'
  const defaultFromName = process.env.EMAIL_FROM_NAME?.trim() || 'STGM ROTA'
  const transport = createTransport(url)
  return () => ({
    name: 'smtp',
    defaultFromAddress,
    defaultFromName,
    sendEmail: (message) =>
      transport.sendMail({ from: { name: defaultFromName, address: defaultFromAddress }, ...message }),
  })
}
