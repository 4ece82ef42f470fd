import { requestMessages } from '@/cms/request-guard/messages'
import { Refused } from '@/cms/refused'

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS'])

/** The origin (scheme://host[:port]) the request was addressed to, as the browser saw it. */
function ownOrigin(request: Request): string | null {
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host')
  if (!host) return null
  const proto =
    request.headers.get('x-forwarded-proto')?.split(',')[0].trim() || new URL(request.url).protocol.replace(':', '')
  return `${proto}://${host.split(',')[0].trim()}`
}

/**
 * Refuses a state-changing request that carries the CMS session cookie but was sent by a page
 * of another origin (cross-site request forgery). Payload checks this only when its `csrf`
 * list is configured, which depends on SERVER_URL; this check needs no configuration: the
 * browser's Origin (or Sec-Fetch-Site) must match the address the request was sent to, or
 * one of `allowed` (the configured SERVER_URL). Requests without the cookie (API tokens,
 * command-line tools) cannot be forged this way and pass.
 */
export function checkSameOrigin(request: Request, cookieName: string, allowed: readonly string[]): void {
  if (safeMethods.has(request.method)) return
  const cookies = request.headers.get('cookie') ?? ''
  if (!new RegExp(`(?:^|;\\s*)${cookieName}=`).test(cookies)) return
  const origin = request.headers.get('origin')
  if (origin === null) {
    if (request.headers.get('sec-fetch-site') === 'cross-site') throw new Refused(requestMessages.crossOrigin, 403)
    return
  }
  if (origin === ownOrigin(request) || allowed.includes(origin)) return
  throw new Refused(requestMessages.crossOrigin, 403)
}
