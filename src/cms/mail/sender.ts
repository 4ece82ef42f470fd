import { createTransport, type Transporter } from 'nodemailer'
import type { Payload } from 'payload'

import { releaseClaim, takeClaim } from '@/cms/instances/claims'
import { setSenderNudge } from '@/cms/mail/outbox'
import { env } from '@/shared/server/environment'

import type { Outbox } from '@payload-types'

/** Attempts before a message is given up: 10 s, 20 s, 40 s … then hourly, about six and a half hours in all. */
export const maxAttempts = 15
/** How long to wait after the `attempt`-th failed attempt. */
export const retryDelayMs = (attempt: number) => Math.min(10_000 * 2 ** (attempt - 1), 3_600_000)
/** How often the sender looks for due messages when nothing nudges it. */
const lookEveryMs = 5_000
/** Messages per look: a long queue drains over several looks, pages stay answered between them. */
const batch = 20

/**
 * Short bounds, so a mail server that accepts connections and then says nothing holds no one.
 * Pooled: a connection per message made 1,000 e-mails take 165 s (bench:notifications), two
 * kept open sent them in 26 s.
 */
export const smtpTransport = (url: string): Transporter =>
  createTransport({
    url,
    pool: true,
    maxConnections: 2,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  })

type Counts = { sent: number; retried: number; failed: number }

/**
 * Sends every due message once. Each is claimed first (several instances share the queue) and its
 * next attempt written before it is handed to the mail server: a process that dies while sending
 * leaves a message that is tried again later with the same Message-ID, which receiving servers
 * treat as the message they already have.
 */
export async function sendDueMail(payload: Payload, transport: Transporter, now = new Date()): Promise<Counts> {
  const counts: Counts = { sent: 0, retried: 0, failed: 0 }
  const { docs } = await payload.find({
    collection: 'outbox',
    where: { and: [{ state: { equals: 'pending' } }, { nextAttemptAt: { less_than_equal: now.toISOString() } }] },
    sort: 'nextAttemptAt',
    limit: batch,
    depth: 0,
    overrideAccess: true,
  })
  const { EMAIL_FROM_ADDRESS: address, EMAIL_FROM_NAME: name } = env()
  for (const due of docs) {
    const claim = await takeClaim(payload, `mail:${due.id}:${due.attempts}`, 60_000, now)
    if (!claim) continue
    try {
      const message = await payload.findByID({ collection: 'outbox', id: due.id, depth: 0, overrideAccess: true })
      if (message.state !== 'pending' || message.attempts !== due.attempts) continue
      const attempt = message.attempts + 1
      const update = (data: Partial<Outbox>) =>
        payload.update({ collection: 'outbox', id: message.id, data, depth: 0, overrideAccess: true })
      await update({ attempts: attempt, nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempt)).toISOString() })
      try {
        await transport.sendMail({
          from: { name, address },
          to: message.to,
          subject: message.subject,
          text: message.text ?? undefined,
          html: message.html ?? undefined,
          headers: (message.headers as Record<string, string> | null) ?? undefined,
          messageId: message.messageId,
        })
        await update({ state: 'sent', sentAt: new Date().toISOString(), lastError: null })
        counts.sent++
      } catch (error) {
        const failed = attempt >= maxAttempts
        await update({ state: failed ? 'failed' : 'pending', lastError: String(error).slice(0, 500) })
        if (failed) counts.failed++
        else counts.retried++
      }
    } finally {
      await releaseClaim(payload, claim)
    }
  }
  return counts
}

const started = Symbol.for('rota.mailSender')

/**
 * Runs in the serving app when SMTP_URL is set: sends what is due at once, then whenever a message
 * is queued in this process and every few seconds (for messages queued by another instance or a
 * command-line tool, and for retries). Once per process.
 */
export function startMailSender(payload: Payload): void {
  const url = env().SMTP_URL
  const process = globalThis as { [started]?: boolean }
  if (!url || process[started]) return
  process[started] = true
  const transport = smtpTransport(url)
  let running: Promise<void> | null = null
  let again = false
  let timer: NodeJS.Timeout | undefined
  const look = () => {
    if (running) {
      again = true
      return
    }
    clearTimeout(timer)
    running = (async () => {
      do {
        again = false
        try {
          const counts = await sendDueMail(payload, transport)
          if (counts.retried + counts.failed > 0) payload.logger.warn({ msg: 'e-mail not sent', ...counts })
          if (counts.sent === batch) again = true
        } catch (error) {
          payload.logger.error({ msg: 'cannot read the e-mail queue', err: String(error) })
        }
      } while (again)
    })().finally(() => {
      running = null
      timer = setTimeout(look, lookEveryMs).unref()
    })
  }
  setSenderNudge(look)
  look()
}
