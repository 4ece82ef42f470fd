import type { Refused } from '@/cms/refused'
import { logEvent } from '@/shared/server/log'
import { languageFromCookie } from '@/shared/payload-internals'
import { preferredLanguage } from '@/shared/requests/preferred-language'

/** The caller's language for a refusal: the admin's language cookie, else the browser's preference, else Turkish. */
export function requestLanguage(request: Request): 'tr' | 'en' {
  const cookie = languageFromCookie(request.headers.get('cookie') ?? '', ['tr', 'en'] as const)
  return cookie ?? preferredLanguage(request.headers.get('accept-language'), ['tr', 'en'] as const, 'tr')
}

/**
 * The refusal as an API answer in Payload's error shape (`{ errors: [{ message }] }`), logged
 * as one line: a bad request is the caller's mistake, not the server's, and has no stack.
 */
export function refusalResponse(request: Request, refusal: Refused): Response {
  const { pathname } = new URL(request.url)
  logEvent('warn', `[api] ${refusal.status} ${request.method} ${pathname.slice(0, 120)}: ${refusal.reason.en}`)
  return Response.json(
    { errors: [{ message: refusal.reason[requestLanguage(request)] }] },
    { status: refusal.status, headers: { 'Cache-Control': 'no-store', ...refusal.headers } },
  )
}
