import type { Message } from '@/cms/messages'
import { logEvent } from '@/shared/server/log'
import { preferredLanguage } from '@/shared/requests/preferred-language'

/** A request refused at the door, with the status and the message its caller gets. */
export class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly reason: Message,
    readonly headers: Record<string, string> = {},
  ) {
    super(reason.en)
  }
}

/** The caller's language for a refusal: the admin's language cookie, else the browser's preference, else Turkish. */
export function requestLanguage(request: Request): 'tr' | 'en' {
  const cookie = /(?:^|;\s*)payload-lng=(\w+)/.exec(request.headers.get('cookie') ?? '')?.[1]
  if (cookie === 'en' || cookie === 'tr') return cookie
  return preferredLanguage(request.headers.get('accept-language'), ['tr', 'en'] as const, 'tr')
}

/**
 * The refusal as an API answer in Payload's error shape (`{ errors: [{ message }] }`), logged
 * as one line: a bad request is the caller's mistake, not the server's, and has no stack.
 */
export function refusalResponse(request: Request, refusal: Refusal): Response {
  const { pathname } = new URL(request.url)
  logEvent('warn', `[api] ${refusal.status} ${request.method} ${pathname.slice(0, 120)}: ${refusal.reason.en}`)
  return Response.json(
    { errors: [{ message: refusal.reason[requestLanguage(request)] }] },
    { status: refusal.status, headers: { 'Cache-Control': 'no-store', ...refusal.headers } },
  )
}
