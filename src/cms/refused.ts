import { APIError } from 'payload'

import type { Message } from '@/cms/messages'

/**
 * The one error for a request refused by rule: at the API's door (request-guard/: size, query,
 * origin, sign-in limits), by a collection's rule (a translator publishing, a foreign lock, a
 * question with choices deleted), or a link to an internal address (link-check/). It is the
 * caller's mistake, not a fault of the server: logged as one line without a stack trace
 * (`loggingLevels` in payload.config.ts), its message shown to the caller. A two-language
 * reason is answered in the caller's language (request-guard/refusal-response.ts); a rule in
 * a hook gives the text it already chose (`localize`).
 */
export class Refused extends APIError {
  readonly reason: Message
  readonly headers: Record<string, string>

  constructor(
    reason: Message | string,
    status = 400,
    more: { data?: Record<string, unknown>; headers?: Record<string, string> } = {},
  ) {
    super(typeof reason === 'string' ? reason : reason.en, status, more.data ?? null, true)
    this.reason = typeof reason === 'string' ? { tr: reason, en: reason } : reason
    this.headers = more.headers ?? {}
  }
}
