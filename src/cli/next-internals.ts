/**
 * What the server's edge (page-copies.ts, serve.ts, without-scripts.ts) and the proxy
 * (nginx/templates) must know about how Next.js 16 decides what to send for a page address, and
 * the scripts it writes into a page, taken from Next.js's own modules where it exports them. Next.js has no public API for it: this is the one place that reads its internals,
 * and tests/unit/server/next-internals.test.ts names every header, and every header Next.js's server
 * code reads at all, so an upgrade that changes them fails there rather than in production.
 *
 * Why it matters: the same GET for /tr gets the page itself, or Next.js's router data (RSC),
 * a prefetch, a segment of the page, a 307 to `?_rsc`, the 2-byte `{}` of a pages-router
 * prefetch (`x-middleware-prefetch`), or the page with a stranger's nonce in every script tag
 * (a `Content-Security-Policy` request header), depending on request headers Next.js reads. A
 * copy kept for everyone may only ever hold the answer to a request with none of them.
 */
import {
  ACTION_HEADER,
  FLIGHT_HEADERS,
  NEXT_HTML_REQUEST_ID_HEADER,
  NEXT_REQUEST_ID_HEADER,
  NEXT_URL,
} from 'next/dist/client/components/app-router-headers.js'
import {
  MATCHED_PATH_HEADER,
  NEXT_CACHE_REVALIDATE_TAG_TOKEN_HEADER,
  NEXT_CACHE_REVALIDATED_TAGS_HEADER,
  NEXT_RESUME_HEADER,
  NEXT_RESUME_STATE_LENGTH_HEADER,
  PRERENDER_REVALIDATE_HEADER,
  PRERENDER_REVALIDATE_ONLY_GENERATED_HEADER,
} from 'next/dist/lib/constants.js'
import { COOKIE_NAME_PRERENDER_BYPASS } from 'next/dist/server/api-utils/index.js'
import { getBotType } from 'next/dist/shared/lib/router/utils/is-bot.js'
import type { IncomingMessage } from 'node:http'

/**
 * Where Next.js takes a script nonce from: a policy header on the request, which a middleware
 * that makes nonces would set. This app makes none (next.config.mjs's policy allows inline
 * scripts), so only a client can send one, and Next.js wrote that client's nonce into a
 * reading page it then kept in its own cache and served to every reader until the next
 * publish (tests/browser/server/page-copies.test.ts). serve.ts removes them from every request.
 */
export const unusedNonceHeaders: readonly string[] = ['content-security-policy', 'content-security-policy-report-only']

/**
 * Request headers that make Next.js answer a page address with something other than the page
 * a reader gets, or the page with other bytes; lower case, as Node gives them.
 */
export const nextAnswerHeaders: readonly string[] = [
  // Its router's requests (app-router-headers.js): the page's data instead of its HTML (RSC),
  // prefetches of it or of one segment, the router's state, a reload by the dev server.
  ...FLIGHT_HEADERS,
  // A server action (answered with the action's result) and the address an intercepted route
  // was opened from (another tree).
  ACTION_HEADER,
  NEXT_URL,
  // Ids that tie a request to the dev tools' view of an earlier one.
  NEXT_REQUEST_ID_HEADER,
  NEXT_HTML_REQUEST_ID_HEADER,
  // Resuming a partly prerendered page, revalidating one, or telling it which cache tags were
  // just revalidated (lib/constants.js; most need the build's secret, but the answer is then
  // another one).
  NEXT_RESUME_HEADER,
  NEXT_RESUME_STATE_LENGTH_HEADER,
  PRERENDER_REVALIDATE_HEADER,
  PRERENDER_REVALIDATE_ONLY_GENERATED_HEADER,
  NEXT_CACHE_REVALIDATED_TAGS_HEADER,
  NEXT_CACHE_REVALIDATE_TAG_TOKEN_HEADER,
  // The route a platform in front already matched.
  MATCHED_PATH_HEADER,
  // Read by name in server/base-server.js and not exported: a pages-router prefetch, answered
  // `{}` without a content type (the finding of issue 21), a pages-router data request, a
  // platform's route match that makes the page count as prerendered.
  'x-middleware-prefetch',
  'x-nextjs-data',
  'x-now-route-matches',
  // A server action another instance forwarded (server/app-render/action-handler.js).
  'x-action-forwarded',
  // A nonce in the request's policy is written into every script and style tag of the page
  // (server/app-render/get-script-nonce-from-header.js); on a reading page the scripts then
  // no longer match what without-scripts.ts removes, and 19 KB went out instead of 5. The
  // server removes them (unusedNonceHeaders); the proxy still keeps such requests out of its cache.
  ...unusedNonceHeaders,
  // A browser's speculative request (a prefetch or prerender), not a reader asking. Next.js 16
  // answers it with the page; it goes to Next.js and is not kept, so a later change in how
  // prefetches are answered (x-middleware-prefetch above was one) cannot reach readers.
  'purpose',
  'sec-purpose',
]

/** Whether a request carries any header that makes Next.js answer something else than the plain page. */
export function asksForAnotherAnswer(headers: Record<string, string | string[] | undefined>): boolean {
  return nextAnswerHeaders.some((name) => headers[name] !== undefined)
}

/**
 * The kind of client Next.js renders a page differently for: crawlers that read only the HTML
 * get the page's metadata in its head instead of streamed (the report page's bytes differ),
 * and Googlebot gets a blocking render where others might get a fallback shell. Next.js reads
 * it from the User-Agent (build/templates/app-page-runtime.js); a copy is kept per kind.
 * The app leaves `htmlLimitedBots` at Next.js's default, which is what this list is.
 */
export function botKind(userAgent: string | undefined): BotKind {
  // Asked for every kept page; the answer for the last few User-Agents is remembered (Next.js's
  // pattern takes about 0.8 µs a request), in a bounded map.
  const key = userAgent ?? ''
  let kind = recentBotKinds.get(key)
  if (kind !== undefined) return kind
  kind = getBotType(key) ?? ''
  if (recentBotKinds.size >= 256) recentBotKinds.clear()
  recentBotKinds.set(key, kind)
  return kind
}

type BotKind = 'dom' | 'html' | ''
const recentBotKinds = new Map<string, BotKind>()

const draftCookie = new RegExp(`(?:^|;\\s*)${COOKIE_NAME_PRERENDER_BYPASS}=`)

/** An editor's preview (Next.js draft mode, the cookie Next.js sets for it): never served from a kept copy, never rewritten. */
export const inDraftMode = (req: IncomingMessage): boolean => draftCookie.test(req.headers.cookie ?? '')

/**
 * Next.js's own scripts in a page it renders (app-render's use-flight-response.js and React's
 * bootstrap script): the chunks (async and noModule), their preloads, the runtime's chunk list
 * (`<script id="_R_">`) and the page's data for React (`self.__next_f`). React escapes `</script`
 * inside that data, so a script ends at the first `</script>`. without-scripts.ts removes
 * these from reading pages; tests/browser/reading-pages.test.ts fails, naming the script, when
 * a page Next.js renders has a script none of them matches.
 */
export const nextScriptShapes: readonly RegExp[] = [
  /<link rel="preload" as="script"[^>]*>/g,
  /<script src="\/_next\/static\/[^"]*"[^>]*><\/script>/g,
  /<script id="_R_">[\s\S]*?<\/script>/g,
  /<script>(?:\(self\.__next_f=self\.__next_f\|\|\[\]\)|self\.__next_f)\.push\([\s\S]*?<\/script>/g,
]
