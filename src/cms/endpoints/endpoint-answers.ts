import type { PayloadRequest } from 'payload'

import { localize, type Message } from '@/cms/messages'

/** Answers of the project's own API endpoints are about one person's work: never cached. */
export const noStore = { 'Cache-Control': 'no-store' }

/** A refusal in Payload's error shape, in the caller's admin language, with anything `extra` to report. */
export const refuse = (req: PayloadRequest, message: Message, status: number, extra: object = {}) =>
  Response.json({ errors: [{ message: localize(req, message) }], ...extra }, { status, headers: noStore })
