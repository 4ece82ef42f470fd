import { randomUUID } from 'node:crypto'

import type { Payload, PayloadRequest } from 'payload'

/** pending: to be sent (again) at `nextAttemptAt`; sent; failed: given up after the last attempt. */
export const mailStates = ['pending', 'sent', 'failed'] as const
export type MailState = (typeof mailStates)[number]

export type Mail = {
  to: string
  subject: string
  /** Plain text; Payload's own messages (password resets) come as HTML only. */
  text?: string
  html?: string
  /** Extra headers (List-Unsubscribe …); names and values are encoded by nodemailer. */
  headers?: Record<string, string>
}

/** The domain of the Message-IDs this app makes: the sender's, so receivers see one origin. */
const messageDomain = (from: string) => from.split('@')[1] || 'rota.localhost'

const messageIdOf = (key: string, from: string) => `<${key}@${messageDomain(from)}>`

/** Whether a message queued with the key `messageId` (see enqueueMail) is in the outbox. */
export async function mailQueued(payload: Payload, messageId: string, from: string): Promise<boolean> {
  const { totalDocs } = await payload.count({
    collection: 'outbox',
    where: { messageId: { equals: messageIdOf(messageId, from) } },
    overrideAccess: true,
  })
  return totalDocs > 0
}

/**
 * Queues `mail`: one row, in the caller's transaction when it passes its request (so a save that
 * is rolled back sends nothing). Answers at once; the serving app sends it (sender.ts). A caller
 * that may queue the same message twice (after a crash) names it with `messageId`, which is
 * unique in the outbox.
 */
export async function enqueueMail(
  payload: Payload,
  mail: Mail,
  from: string,
  options: { req?: PayloadRequest; messageId?: string } = {},
) {
  const { req } = options
  const row = await payload.create({
    collection: 'outbox',
    data: {
      messageId: messageIdOf(options.messageId ?? randomUUID(), from),
      to: mail.to,
      subject: mail.subject,
      text: mail.text ?? null,
      html: mail.html ?? null,
      headers: mail.headers ?? null,
      state: 'pending',
      attempts: 0,
      nextAttemptAt: new Date().toISOString(),
    },
    overrideAccess: true,
    depth: 0,
    req,
  })
  nudgeSender()
  return row
}

const nudge = Symbol.for('rota.mailSender.nudge')
type WithNudge = { [nudge]?: () => void }

/** Lets this process's sender (if it runs here) send at once rather than at its next look. */
export const setSenderNudge = (fn: () => void) => ((globalThis as WithNudge)[nudge] = fn)
const nudgeSender = () => (globalThis as WithNudge)[nudge]?.()
