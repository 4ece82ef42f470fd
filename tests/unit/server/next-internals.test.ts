import { readdirSync, readFileSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { asksForAnotherAnswer, botKind, nextAnswerHeaders } from '@/cli/next-internals'

/**
 * What the server takes from Next.js's internals (src/cli/next-internals.ts). These tests are
 * the tripwire for an upgrade: when Next.js renames, adds or starts reading a request header,
 * one of them fails and names it, and whoever upgrades decides whether a page copy may still be
 * kept for requests that carry it.
 */
const root = path.resolve(import.meta.dirname, '../../..')
const nextDist = path.join(root, 'node_modules/next/dist')

describe('the request headers that make Next.js answer something other than the page', () => {
  it('are these, for Next.js 16.5', () => {
    expect(nextAnswerHeaders).toEqual([
      'rsc',
      'next-router-state-tree',
      'next-router-prefetch',
      'next-hmr-refresh',
      'next-router-segment-prefetch',
      'next-action',
      'next-url',
      'x-nextjs-request-id',
      'x-nextjs-html-request-id',
      'next-resume',
      'x-next-resume-state-length',
      'x-prerender-revalidate',
      'x-prerender-revalidate-if-generated',
      'x-next-revalidated-tags',
      'x-next-revalidate-tag-token',
      'x-matched-path',
      'x-middleware-prefetch',
      'x-nextjs-data',
      'x-now-route-matches',
      'x-action-forwarded',
      'content-security-policy',
      'content-security-policy-report-only',
      'purpose',
      'sec-purpose',
    ])
  })

  it('are found in any request that carries one, whatever its value', () => {
    expect(asksForAnotherAnswer({ accept: 'text/html', 'accept-encoding': 'gzip', cookie: 'a=b' })).toBe(false)
    for (const name of nextAnswerHeaders) {
      expect(asksForAnotherAnswer({ accept: 'text/html', [name]: '1' })).toBe(true)
      expect(asksForAnotherAnswer({ [name]: '' })).toBe(true)
    }
  })

  /**
   * Every request header Next.js's server code reads by name. Each one is either in the list
   * above or here, with why a reader's plain GET of a page gets the same bytes whatever it says.
   */
  const readButSamePage: Record<string, string> = {
    'user-agent': 'crawlers get other bytes: the copies are kept per kind of client (botKind)',
    cookie: 'draft mode and private caches: a preview is never kept (src/cli/draft-mode.ts)',
    'sec-fetch-dest': 'only a missing page asked for as an image or script gets another (404) answer',
    host: 'redirects and server actions’ origin check; the pages’ own links use SERVER_URL',
    'x-forwarded-host': 'as host',
    'x-forwarded-proto': 'as host',
    'x-forwarded-port': 'as host',
    'x-forwarded-for': 'the client’s address, set by src/cli/serve.ts',
    origin: 'server actions (POST) and the dev server',
    referer: 'the dev server’s cross-site check',
    'sec-fetch-mode': 'the dev server’s cross-site check',
    'sec-fetch-site': 'the dev server’s cross-site check',
    'access-control-request-headers': 'the dev server',
    'content-type': 'request bodies: server actions and API routes, never a GET page',
    'content-length': 'messages between Next.js’s own processes',
    accept: 'the image optimizer (/_next/image), not a page',
    'cache-control': 'the dev server and route handlers’ answers',
    'x-invocation-id': 'logging only',
    // Headers of answers (its own, or its middleware's) that Next.js reads back.
    'content-encoding': 'an answer’s (image optimizer)',
    location: 'an answer’s',
    'set-cookie': 'an answer’s',
    'x-middleware-next': 'an answer’s; Next.js removes it from requests',
    'x-middleware-override-headers': 'an answer’s; Next.js removes it from requests',
    'x-middleware-rewrite': 'an answer’s; Next.js removes it from requests',
    'x-middleware-set-cookie': 'an answer’s; Next.js removes it from requests',
    'x-next-cache-tags': 'an answer’s',
    'x-nextjs-action-not-found': 'an answer’s',
    'x-nextjs-cache': 'an answer’s',
    'x-nextjs-stale-time': 'an answer’s',
    'x-vercel-cache': 'an answer’s',
    'x-next-prelude-metadata': 'an answer’s (Next.js 16.5)',
    'transfer-encoding': 'request bodies, removed when Next.js forwards a server action; never a GET page',
    // Next.js 16.5's own front (switchyard, native routes) talking to its workers: a secret token
    // checks them and Next.js removes them from readers' requests (INTERNAL_HEADERS).
    'x-nextjs-switchyard-connection':
      'Next.js’s own front to its workers, checked against a secret token, then removed',
    'x-next-internal-go-token': 'Next.js’s own requests to its native-route workers; removed from readers’ requests',
    'x-next-internal-go-rewrite-host':
      'written by Next.js on its own requests to its workers, never read from a reader’s',
  }

  it('cover every request header Next.js’s server reads by name', () => {
    const require = createRequire(import.meta.url)
    const constants: Record<string, unknown> = {
      ...require(path.join(nextDist, 'client/components/app-router-headers.js')),
      ...require(path.join(nextDist, 'lib/constants.js')),
    }
    // `headers['x-…']`, `headers.get('x-…')`, `headers[_approuterheaders.RSC_HEADER]`, …
    const read =
      /headers(?:\[\s*(?:'([^']+)'|"([^"]+)"|(?:_\w+\.)?([A-Z][A-Z0-9_]+))\s*\]|\.(?:get|has)\(\s*(?:'([^']+)'|"([^"]+)"|(?:_\w+\.)?([A-Z][A-Z0-9_]+))\s*\))/g
    const names = new Set<string>()
    const scan = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const file = path.join(dir, name)
        if (statSync(file).isDirectory()) scan(file)
        else if (name.endsWith('.js')) {
          const code = readFileSync(file, 'utf8')
            .replace(/\/\*[\s\S]*?\*\//g, '')
            .replace(/(^|[^:'"\\])\/\/.*$/gm, '$1')
          // A module's own constants (`const NATIVE_ROUTE_HEADER = 'x-matched-path'`), not exported.
          const local = Object.fromEntries(
            [...code.matchAll(/const ([A-Z][A-Z0-9_]+) = '([^']+)'/g)].map((m) => [m[1], m[2]] as const),
          )
          for (const match of code.matchAll(read)) {
            const constant = match[3] ?? match[6]
            const header = constant
              ? (local[constant] ?? constants[constant])
              : (match[1] ?? match[2] ?? match[4] ?? match[5])
            names.add(typeof header === 'string' ? header.toLowerCase() : `unknown constant ${constant}`)
          }
        }
      }
    }
    scan(path.join(nextDist, 'server'))
    scan(path.join(nextDist, 'build/templates'))
    const unexplained = [...names].filter((name) => !nextAnswerHeaders.includes(name) && !(name in readButSamePage))
    expect(unexplained).toEqual([])
    // And the lists above name nothing Next.js no longer reads.
    const gone = [...nextAnswerHeaders, ...Object.keys(readButSamePage)].filter(
      (name) => !names.has(name) && !['purpose', 'sec-purpose'].includes(name),
    )
    expect(gone).toEqual([])
  })

  it('are the headers the proxy neither serves from nor stores in its cache', () => {
    const template = readFileSync(path.join(root, 'nginx/templates/rota.conf.template'), 'utf8')
    const map = /^map "([^"]+)" \$rota_not_plain \{/m.exec(template)?.[1]
    expect(map).toBeDefined()
    const inProxy = map!.split('$http_').filter(Boolean)
    expect(inProxy).toEqual(nextAnswerHeaders.map((name) => name.replaceAll('-', '_')))
    expect(template).toMatch(/proxy_cache_bypass [^;]*\$rota_not_plain/)
    expect(template).toMatch(/proxy_no_cache [^;]*\$rota_not_plain/)
  })
})

describe('the kind of client Next.js renders a page for', () => {
  it.each([
    ['Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36', ''],
    ['', ''],
    [undefined, ''],
    ['Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)', 'dom'],
    ['Twitterbot/1.0', 'html'],
    ['facebookexternalhit/1.1', 'html'],
    ['Mozilla/5.0 (compatible; bingbot/2.0)', 'html'],
  ])('%s: %j', (userAgent, kind) => {
    expect(botKind(userAgent)).toBe(kind)
  })
})
