import { lookup as dnsLookup, type LookupAddress } from 'node:dns'
import http from 'node:http'
import https from 'node:https'
import { isIP, type LookupFunction } from 'node:net'

import { limits } from '@/shared/limits'
import { isPublicAddress } from '@/cms/link-check/address'
import type { LinkState } from '@/shared/links/link-states'
import { env } from '@/shared/server/environment'

/** What an editor needs to know about a resource's link, as stored and served to staff. */
export type LinkStatus = {
  state: LinkState
  /** The last answer's status code; null when no answer came. */
  httpStatus: number | null
  /** Where the link ends up after redirects; null when it does not move. */
  redirectsTo: string | null
  checkedAt: string
}

export type CheckOptions = {
  timeoutMs?: number
  retries?: number
  retryDelayMs?: number
  /** Which IP addresses may be requested. Default: public ones only, unless LINK_CHECK_ALLOW_PRIVATE=1 (tests against a local server). */
  addressAllowed?: (address: string) => boolean
  /** Why a check ended as it did, for the command's output (not stored). */
  onNote?: (note: string) => void
}

const defaultAllowed = (address: string) => env().LINK_CHECK_ALLOW_PRIVATE || isPublicAddress(address)

class Refused extends Error {}

/**
 * DNS resolution that refuses internal addresses at connect time, so the address checked is
 * the address connected to (no second lookup that could answer differently).
 */
function guardedLookup(allowed: (address: string) => boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { all: true, family: options.family as number | undefined }, (error, addresses) => {
      if (error) return (callback as (e: Error) => void)(error)
      const list = addresses as LookupAddress[]
      const refused = list.find((a) => !allowed(a.address))
      if (refused || list.length === 0) {
        return (callback as (e: Error) => void)(
          new Refused(`${hostname} is an internal address (${refused?.address ?? 'none'})`),
        )
      }
      if (options.all) return (callback as (e: null, a: LookupAddress[]) => void)(null, list)
      ;(callback as (e: null, a: string, f: number) => void)(null, list[0].address, list[0].family)
    })
  }
}

type Answer = { status: number; location: string | null }

/** One request: status and Location only; the body is never read. */
function request(
  url: URL,
  method: 'HEAD' | 'GET',
  options: Required<Pick<CheckOptions, 'timeoutMs' | 'addressAllowed'>>,
) {
  return new Promise<Answer>((resolve, reject) => {
    const host = url.hostname.replace(/^\[|\]$/g, '')
    if (isIP(host) && !options.addressAllowed(host)) return reject(new Refused(`${host} is an internal address`))
    const client = url.protocol === 'https:' ? https : http
    const req = client.request(
      url,
      {
        method,
        lookup: guardedLookup(options.addressAllowed),
        headers: { 'User-Agent': 'ROTA-link-checker/1.0 (STGM)', Accept: '*/*' },
        agent: false,
      },
      (res) => {
        resolve({ status: res.statusCode ?? 0, location: res.headers.location ?? null })
        res.destroy()
      },
    )
    req.setTimeout(options.timeoutMs, () => req.destroy(new Error(`no answer within ${options.timeoutMs / 1000} s`)))
    req.on('error', reject)
    req.end()
  })
}

/** HEAD, or GET where HEAD is refused or not understood (many servers answer 405, 501, some 403/404). */
async function ask(url: URL, options: Required<Pick<CheckOptions, 'timeoutMs' | 'addressAllowed'>>): Promise<Answer> {
  const head = await request(url, 'HEAD', options)
  if ([400, 403, 404, 405, 501].includes(head.status)) return request(url, 'GET', options)
  return head
}

const transient = (status: number) => status === 429 || status >= 500
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/**
 * Checks one link: follows redirects itself (each target checked again for internal
 * addresses), retries what may pass (timeouts, network errors, 429, 5xx), and says
 * ok / redirected / broken / unreachable.
 */
export async function checkUrl(link: string, options: CheckOptions = {}): Promise<LinkStatus> {
  const settings = {
    timeoutMs: options.timeoutMs ?? limits.linkCheck.timeoutMs,
    addressAllowed: options.addressAllowed ?? defaultAllowed,
  }
  const retries = options.retries ?? limits.linkCheck.retries
  const retryDelayMs = options.retryDelayMs ?? limits.linkCheck.retryDelayMs
  const note = options.onNote ?? (() => {})
  const done = (state: LinkStatus['state'], httpStatus: number | null, redirectsTo: string | null): LinkStatus => ({
    state,
    httpStatus,
    redirectsTo,
    checkedAt: new Date().toISOString(),
  })

  let url: URL
  try {
    url = new URL(link)
  } catch {
    note('not a URL')
    return done('broken', null, null)
  }
  for (let hop = 0; hop <= limits.linkCheck.redirects; hop++) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      note(`leads to a ${url.protocol} address`)
      return done('broken', null, hop > 0 ? url.href : null)
    }
    let answer: Answer | null = null
    for (let attempt = 0; attempt <= retries; attempt++) {
      if (attempt > 0) await sleep(retryDelayMs * 2 ** (attempt - 1))
      try {
        answer = await ask(url, settings)
        if (!transient(answer.status)) break
        note(`HTTP ${answer.status} from ${url.host} (try ${attempt + 1})`)
      } catch (error) {
        answer = null
        note(`${url.host}: ${(error as Error).message} (try ${attempt + 1})`)
        // An internal address stays internal and a name that does not exist stays so: no retry.
        const final = error instanceof Refused || (error as NodeJS.ErrnoException).code === 'ENOTFOUND'
        if (final) return done('unreachable', null, hop > 0 ? url.href : null)
      }
    }
    if (!answer) return done('unreachable', null, hop > 0 ? url.href : null)
    if (answer.status >= 300 && answer.status < 400 && answer.location) {
      try {
        url = new URL(answer.location, url)
      } catch {
        note(`unreadable redirect: ${answer.location.slice(0, 100)}`)
        return done('broken', answer.status, null)
      }
      continue
    }
    const redirectsTo = hop > 0 ? url.href : null
    if (answer.status >= 200 && answer.status < 300)
      return done(redirectsTo ? 'redirected' : 'ok', answer.status, redirectsTo)
    return done('broken', answer.status, redirectsTo)
  }
  note(`more than ${limits.linkCheck.redirects} redirects`)
  return done('broken', null, url.href)
}
