import type { ParsedMail } from 'mailparser'
import type { Payload } from 'payload'
import { expect } from 'vitest'

import { sendDueMail, smtpTransport } from '@/cms/mail/sender'
import { startSmtpServer } from '@tests/support/smtp'

import type { Notification } from '@payload-types'

/**
 * The notifications' tests: a real SMTP server set as SMTP_URL before Payload boots, the site's
 * address for the links, and helpers that send what the outbox holds and read what arrived.
 */
export async function notificationMailServer() {
  const smtp = await startSmtpServer()
  process.env.SMTP_URL = smtp.url()
  process.env.EMAIL_FROM_ADDRESS = 'rota@stgm.example'
  process.env.EMAIL_FROM_NAME = 'STGM ROTA'
  process.env.SERVER_URL = 'https://rota.example.org'
  return smtp
}

/** Sends every queued e-mail through the real server and answers what arrived since the last call. */
export function mailReader(smtp: Awaited<ReturnType<typeof startSmtpServer>>, payload: () => Payload) {
  let seen = 0
  return async (): Promise<ParsedMail[]> => {
    // Far enough ahead that nothing queued is left waiting for its time.
    for (let i = 0; i < 5; i++) await sendDueMail(payload(), smtpTransport(smtp.url()), new Date(Date.now() + 60_000))
    const arrived = smtp.received.slice(seen)
    seen = smtp.received.length
    return arrived
  }
}

export const recipientsOf = (mails: ParsedMail[]) =>
  mails.flatMap((mail) =>
    (Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []).flatMap((to) => to.value.map((v) => v.address)),
  )

export async function notificationsOf(payload: Payload, email: string): Promise<Notification[]> {
  const { docs } = await payload.find({
    collection: 'notifications',
    where: { 'recipient.email': { equals: email } },
    sort: 'createdAt',
    depth: 0,
    overrideAccess: true,
    pagination: false,
  })
  return docs
}

/** The unsubscribe address of a mail, from its List-Unsubscribe header. */
export function unsubscribeAddress(mail: ParsedMail): URL {
  const header = headerLine(mail, 'list-unsubscribe')
  const address = /<([^>]+)>/.exec(header)?.[1]
  expect(address).toBeTruthy()
  return new URL(address!)
}

/** A header as it was sent (mailparser folds the List-* ones into an object of its own). */
export const headerLine = (mail: ParsedMail, key: string): string =>
  (mail.headerLines.find((line) => line.key === key)?.line ?? '').replace(/^[^:]+:\s*/, '').replace(/\r?\n\s+/g, ' ')
