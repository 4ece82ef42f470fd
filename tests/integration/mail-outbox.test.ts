import { afterAll, beforeEach, describe, expect, it } from 'vitest'

import { enqueueMail } from '@/cms/mail/outbox'
import { maxAttempts, retryDelayMs, sendDueMail, smtpTransport } from '@/cms/mail/sender'
import { mailTrouble } from '@/cms/mail/trouble'
import { usePayload } from '@tests/support/boot'
import { createCast } from '@tests/support/content'
import { startSmtpServer } from '@tests/support/smtp'

/**
 * The outbox (src/cms/mail): a message is a row first, sent by the serving app's sender through
 * SMTP_URL, retried while the mail server is down, and given one Message-ID for all its attempts.
 * The mail server here is a real one (smtp-server), read back with a mail parser.
 */
const smtp = await startSmtpServer()
process.env.SMTP_URL = smtp.url()
process.env.EMAIL_FROM_ADDRESS = 'rota@stgm.example'
process.env.EMAIL_FROM_NAME = 'STGM ROTA Çalışma Grubu'
afterAll(() => smtp.stop())

const ctx = usePayload()
const transport = () => smtpTransport(smtp.url())
const later = (ms: number) => new Date(Date.now() + ms)
const row = async (messageId: string) =>
  (await ctx.payload.find({ collection: 'outbox', where: { messageId: { equals: messageId } }, overrideAccess: true }))
    .docs[0]

beforeEach(async () => {
  smtp.received.length = 0
  await ctx.payload.delete({ collection: 'outbox', where: { id: { exists: true } }, overrideAccess: true })
})

describe('the outbox', () => {
  it('a password reset is queued at once and sent through SMTP_URL, from EMAIL_FROM_ADDRESS and its name in Turkish', async () => {
    await createCast(ctx.payload)
    await ctx.payload.forgotPassword({ collection: 'users', data: { email: 'editor@example.org' } })
    expect(smtp.received).toHaveLength(0)
    const [queued] = (await ctx.payload.find({ collection: 'outbox', overrideAccess: true })).docs
    expect(queued).toMatchObject({ to: 'editor@example.org', state: 'pending', attempts: 0 })

    expect(await sendDueMail(ctx.payload, transport())).toEqual({ sent: 1, retried: 0, failed: 0 })
    expect(smtp.received).toHaveLength(1)
    const [mail] = smtp.received
    expect(mail.to).toMatchObject({ value: [{ address: 'editor@example.org' }] })
    expect(mail.from?.value[0]).toEqual({ address: 'rota@stgm.example', name: 'STGM ROTA Çalışma Grubu' })
    // A link a mail client can open (SERVER_URL, or the local start's address), in Turkish.
    expect(mail.subject).toBe('ROTA: parolanızı sıfırlayın')
    expect(mail.text).toMatch(/parola sıfırlama istendi/)
    const link = /href="([^"]+)"/.exec(String(mail.html))?.[1] ?? ''
    expect(link).toMatch(/^https?:\/\/[^/]+\/admin\/reset\/[0-9a-f]{20,}$/)
    expect(mail.messageId).toBe(queued.messageId)
    expect(await row(queued.messageId)).toMatchObject({ state: 'sent', attempts: 1 })
    // Nothing is sent twice.
    expect(await sendDueMail(ctx.payload, transport(), later(60_000))).toEqual({ sent: 0, retried: 0, failed: 0 })
    expect(smtp.received).toHaveLength(1)
  })

  it('while the mail server is down a save still succeeds; the message waits, and arrives once when the server is back', async () => {
    await smtp.stop()
    try {
      const queued = await enqueueMail(
        ctx.payload,
        { to: 'translator@example.org', subject: 'Çeviri incelemede', text: 'Merhaba' },
        'rota@stgm.example',
      )
      expect(await sendDueMail(ctx.payload, transport())).toEqual({ sent: 0, retried: 1, failed: 0 })
      const waiting = await row(queued.messageId)
      expect(waiting).toMatchObject({ state: 'pending', attempts: 1 })
      expect(waiting.lastError).toMatch(/ECONNREFUSED/)
      expect(await mailTrouble(ctx.payload)).toMatchObject({ waiting: 1, failed: 0 })
      // Not due again before its delay.
      expect(await sendDueMail(ctx.payload, transport(), later(retryDelayMs(1) / 2))).toEqual({
        sent: 0,
        retried: 0,
        failed: 0,
      })
    } finally {
      await smtp.start()
    }
    expect(await sendDueMail(ctx.payload, transport(), later(retryDelayMs(1)))).toEqual({
      sent: 1,
      retried: 0,
      failed: 0,
    })
    expect(await sendDueMail(ctx.payload, transport(), later(retryDelayMs(2) * 2))).toEqual({
      sent: 0,
      retried: 0,
      failed: 0,
    })
    expect(smtp.received.map((mail) => mail.subject)).toEqual(['Çeviri incelemede'])
    expect(await mailTrouble(ctx.payload)).toBeNull()
  })

  it('a message sent again after a crash between sending and marking keeps its Message-ID: one message to the receiver', async () => {
    const queued = await enqueueMail(
      ctx.payload,
      { to: 'editor@example.org', subject: 'Zamanlanmış yayın bekletildi', text: 'Ayrıntılar' },
      'rota@stgm.example',
    )
    const real = transport()
    // Delivered, and then the process "dies" before it writes down that it was sent.
    const dying = { sendMail: async (m: object) => (await real.sendMail(m), Promise.reject(new Error('process died'))) }
    await sendDueMail(ctx.payload, dying as never)
    expect(await row(queued.messageId)).toMatchObject({ state: 'pending', attempts: 1 })
    await sendDueMail(ctx.payload, real, later(retryDelayMs(1)))
    expect(smtp.received.map((mail) => mail.messageId)).toEqual([queued.messageId, queued.messageId])
    expect(new Set(smtp.received.map((mail) => mail.messageId)).size).toBe(1)
    expect(await row(queued.messageId)).toMatchObject({ state: 'sent', attempts: 2 })
  })

  it(`gives a message up after ${maxAttempts} attempts and says so on the dashboard's warning`, async () => {
    const queued = await enqueueMail(ctx.payload, { to: 'x@example.org', subject: 'S', text: 'T' }, 'rota@stgm.example')
    const refusing = { sendMail: () => Promise.reject(new Error('550 mailbox unavailable')) }
    let at = Date.now()
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      await sendDueMail(ctx.payload, refusing as never, new Date(at))
      at += retryDelayMs(attempt)
    }
    expect(await row(queued.messageId)).toMatchObject({ state: 'failed', attempts: maxAttempts })
    expect(await mailTrouble(ctx.payload)).toEqual({
      waiting: 0,
      failed: 1,
      lastError: 'Error: 550 mailbox unavailable',
    })
    expect(await sendDueMail(ctx.payload, transport(), new Date(at + 86_400_000))).toEqual({
      sent: 0,
      retried: 0,
      failed: 0,
    })
  })

  it('a subject with a line break adds no header (no Bcc smuggled in)', async () => {
    await enqueueMail(
      ctx.payload,
      { to: 'editor@example.org', subject: 'Konu\r\nBcc: evil@example.org', text: 'Metin' },
      'rota@stgm.example',
    )
    await sendDueMail(ctx.payload, transport())
    const [mail] = smtp.received
    expect(mail.bcc).toBeUndefined()
    expect(mail.headers.has('bcc')).toBe(false)
    expect(mail.subject).not.toMatch(/\n/)
  })
})
