import { afterAll, describe, expect, it } from 'vitest'

import { enqueueMail } from '@/cms/mail/outbox'
import { startMailSender } from '@/cms/mail/sender'
import { usePayload } from '@tests/support/boot'
import { createCast } from '@tests/support/content'
import { startSmtpServer } from '@tests/support/smtp'

/** The serving app's sender (started by payload.config.ts's onInit where ROTA_RUN_JOBS is set). */
const smtp = await startSmtpServer()
process.env.SMTP_URL = smtp.url()
process.env.EMAIL_FROM_ADDRESS = 'rota@stgm.example'
afterAll(() => smtp.stop())

const ctx = usePayload()

describe('the mail sender', () => {
  it('sends a message as soon as it is queued, and a password reset', async () => {
    await createCast(ctx.payload)
    startMailSender(ctx.payload)
    await enqueueMail(ctx.payload, { to: 'editor@example.org', subject: 'Hemen', text: 'Metin' }, 'rota@stgm.example')
    await expect.poll(() => smtp.received.map((mail) => mail.subject), { timeout: 5_000 }).toEqual(['Hemen'])

    await ctx.payload.forgotPassword({ collection: 'users', data: { email: 'translator@example.org' } })
    await expect.poll(() => smtp.received.length, { timeout: 10_000 }).toBe(2)
    expect(smtp.received[1].to).toMatchObject({ value: [{ address: 'translator@example.org' }] })
  })
})
