import { APIError } from 'payload'

/**
 * A request the CMS refuses by rule (a translator publishing, a foreign lock, a question
 * with choices deleted): the caller's mistake, not a fault of the server, so it is logged
 * as one line without a stack trace (`loggingLevels` in payload.config.ts) and its message
 * is shown to the caller.
 */
export class Refused extends APIError {
  constructor(message: string, status: 400 | 403 | 409 = 400, data: Record<string, unknown> | null = null) {
    super(message, status, data, true)
  }
}
