import type { CollectionConfig } from 'payload'

import { mailStates } from '@/cms/mail/outbox'
import { nobody } from '@/cms/access'

/**
 * E-mail waiting to go out, and what became of it (src/cms/mail): a save only adds a row here,
 * so it never waits for the mail server or fails because of it; the serving app sends the rows,
 * retrying while the server refuses or is down. `messageId` is the message's own Message-ID, the
 * same on every attempt, so a message sent again after a crash between sending and marking is
 * one message to the receiving servers. Nobody reads or writes it over the API.
 */
export const Outbox: CollectionConfig = {
  slug: 'outbox',
  labels: {
    singular: { tr: 'Giden e-posta', en: 'Outgoing e-mail' },
    plural: { tr: 'Giden e-postalar', en: 'Outgoing e-mails' },
  },
  admin: { hidden: true },
  graphQL: false,
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'messageId', type: 'text', required: true, unique: true, index: true },
    { name: 'to', type: 'text', required: true },
    { name: 'subject', type: 'text', required: true },
    { name: 'text', type: 'textarea' },
    { name: 'html', type: 'textarea' },
    { name: 'headers', type: 'json' },
    { name: 'state', type: 'select', options: [...mailStates], defaultValue: 'pending', required: true, index: true },
    { name: 'attempts', type: 'number', defaultValue: 0, required: true },
    { name: 'nextAttemptAt', type: 'date', required: true, index: true },
    { name: 'lastError', type: 'text' },
    { name: 'sentAt', type: 'date' },
  ],
}
