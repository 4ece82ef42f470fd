import { getRequestLanguage } from 'payload'
import { describe, expect, it } from 'vitest'

import {
  cookiePrefix,
  graphqlSchemaCache,
  languageCookie,
  languageFromCookie,
  payloadSecretKey,
} from '@/shared/payload-internals'
import { usePayload } from '@tests/support/boot'

/**
 * The tripwire for what the code takes from Payload's internals (src/shared/payload-internals.ts),
 * run against Payload's own handlers, not ours: after an upgrade, a failure here names the
 * Payload behaviour that changed and what relied on it.
 */
const ctx = usePayload()
const changed = (what: string, consequence: string) =>
  `Payload changed: ${what}. ${consequence} (src/shared/payload-internals.ts)`

describe("Payload's internals the code relies on", () => {
  it('derives its own key from the configured secret as content-watch.ts signs with it', async () => {
    expect(
      ctx.payload.secret,
      changed(
        'payload.secret is no longer sha256(config.secret).hex.slice(0, 32)',
        'Other instances signal publishes with a key /api/revalidate now refuses (src/cli/content-watch.ts)',
      ),
    ).toBe(await payloadSecretKey(ctx.payload.config.secret))
  })

  it("keeps the admin's language in the <cookiePrefix>-lng cookie", () => {
    expect(ctx.payload.config.cookiePrefix).toBe(cookiePrefix)
    const language = getRequestLanguage({
      config: ctx.payload.config,
      cookies: new Map([[languageCookie, 'en']]),
      headers: new Headers({ 'accept-language': 'tr' }),
    })
    expect(
      language,
      changed(
        `the admin's language is no longer read from the cookie ${languageCookie}`,
        'The admin would follow the browser, not Turkish (src/proxy.ts), and refusals and the error page would answer in the wrong language',
      ),
    ).toBe('en')
    expect(languageFromCookie(`a=1; ${languageCookie}=en`, ['tr', 'en'] as const)).toBe('en')
    expect(languageFromCookie(`x${languageCookie}=en`, ['tr', 'en'] as const)).toBeUndefined()
  })

  it('answers a POST with X-Payload-HTTP-Method-Override: GET as the query in its body', async () => {
    const { REST_POST } = await import('@payloadcms/next/routes')
    const request = new Request('http://localhost/api/areas', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Payload-HTTP-Method-Override': 'GET' },
      body: 'where[id][equals]=none&limit=1',
    })
    const response = await REST_POST(ctx.payload.config)(request, { params: Promise.resolve({ slug: ['areas'] }) })
    const body = (await response.json()) as { docs?: unknown[] }
    expect(
      { status: response.status, docs: body.docs },
      changed(
        'a POST with X-Payload-HTTP-Method-Override: GET is no longer answered as a find',
        'The request guard checks such a body as a query (src/cms/request-guard/guard.ts): check what Payload does with it now',
      ),
    ).toEqual({ status: 200, docs: [] })
  })

  it('keeps the GraphQL schema it builds on global._payload_graphql', async () => {
    const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
    const cache = graphqlSchemaCache()
    const response = await GRAPHQL_POST(ctx.payload.config)(
      new Request('http://localhost/api/graphql', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      }),
    )
    expect(response.status).toBe(200)
    // Compared by shape: Payload's handler may load the other build of graphql (CommonJS or ESM).
    expect(
      typeof cache.graphql?.schema.getQueryType,
      changed(
        'its GraphQL handler no longer keeps the schema on global._payload_graphql',
        'The request guard builds its own copy (src/cms/request-guard/guard.ts): start-up work doubles',
      ),
    ).toBe('function')
  })
})

describe.skipIf(process.env.TEST_DATABASE === 'mongodb')("Payload's SQLite schema", () => {
  it('gives every *_locales table the _parentID column src/cms/database/sqlite-locale-indexes.ts indexes', () => {
    const tables = (ctx.payload.db as unknown as { tables: Record<string, Record<string, unknown>> }).tables
    const locales = Object.keys(tables).filter((name) => name.endsWith('_locales'))
    expect(locales.length).toBeGreaterThan(0)
    expect(
      locales.filter((name) => !tables[name]._parentID),
      changed(
        '*_locales tables no longer have the _parentID column',
        'No parent index is made, and reading translations scans whole tables again (src/cms/database/sqlite-locale-indexes.ts)',
      ),
    ).toEqual([])
  })
})
