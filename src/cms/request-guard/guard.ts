import { configToSchema } from '@payloadcms/graphql'
import type { GraphQLSchema } from 'graphql'
import { getPayload, type SanitizedConfig } from 'payload'

import { parseJsonObject, readBoundedBody } from '@/cms/request-guard/body'
import { databaseDownResponse, failedOnTheServer } from '@/cms/request-guard/database-down'
import { clientAddress } from '@/shared/requests/client-address'
import { checkGraphQLRequest, type CalledMutation } from '@/cms/request-guard/graphql-query'
import { requestMessages } from '@/cms/request-guard/messages'
import { Refusal, refusalResponse } from '@/cms/request-guard/refusal'
import { checkBulkWrite, checkRestQuery, type FieldsOf } from '@/cms/request-guard/rest-query'
import { checkSameOrigin } from '@/cms/request-guard/same-origin'
import { admitSignIn, settleSignIn, type Admission, type Attempt } from '@/cms/request-guard/sign-in-limits'

type RestHandler = (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>
type GraphQLHandler = (request: Request) => Promise<Response>
type Config = Promise<SanitizedConfig> | SanitizedConfig

/**
 * A form body that asks for a GET (Payload's relationship fields send long queries this way)
 * may be longer than a URL.
 */
const overrideQueryChars = 64 * 1024

const decoder = new TextDecoder()

const fieldsOfConfig =
  (config: SanitizedConfig): FieldsOf =>
  (slug) =>
    config.collections.find((c) => c.slug === slug)?.flattenedFields ??
    config.globals.find((g) => g.slug === slug)?.flattenedFields

const sessionCookie = (config: SanitizedConfig) => `${config.cookiePrefix}-token`

/** The same request with the body already read (a request's body can be read only once). */
const withBody = (request: Request, body: Uint8Array<ArrayBuffer>) =>
  new Request(request.url, {
    method: request.method,
    headers: request.headers,
    body: body.byteLength ? body : undefined,
    signal: request.signal,
  })

/** Checks a REST write's body: JSON must be an object; a multipart form carries it as `_payload`. */
async function checkRestBody(
  request: Request,
  body: Uint8Array<ArrayBuffer>,
  collection: string | null,
  fieldsOf: FieldsOf,
): Promise<void> {
  const type = (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase()
  const override =
    request.headers.get('x-payload-http-method-override') ?? request.headers.get('x-http-method-override')
  if (override === 'GET' && type === 'application/x-www-form-urlencoded') {
    checkRestQuery(decoder.decode(body), collection, fieldsOf, overrideQueryChars)
  } else if (type === 'application/json' && body.byteLength) {
    parseJsonObject(decoder.decode(body))
  } else if (type === 'multipart/form-data') {
    const form = await withBody(request, body)
      .formData()
      .catch(() => {
        throw new Refusal(400, { tr: 'Form verisi okunamadı.', en: 'The form data could not be read.' })
      })
    const payload = form.get('_payload')
    if (typeof payload === 'string') parseJsonObject(payload)
  }
}

/** Sign-in and password-reset requests of an auth collection: counted per address. */
function signInEndpoint(config: SanitizedConfig, method: string, slug: string[]): Attempt['kind'] | null {
  if (method !== 'POST' || slug.length !== 2 || !config.collections.some((c) => c.slug === slug[0] && c.auth))
    return null
  return slug[1] === 'login' ? 'login' : slug[1] === 'forgot-password' ? 'forgot' : null
}

/** The e-mail address a REST sign-in names (its JSON body, or the admin form's fields), if any. */
async function typedEmail(request: Request, body: Uint8Array<ArrayBuffer>): Promise<string | null> {
  const type = request.headers.get('content-type') ?? ''
  try {
    let data: { email?: unknown }
    // The admin's own sign-in form sends its fields as multipart form data, in one `_payload`
    // field of JSON (Payload's Form); read as JSON only, no admin sign-in was ever given back
    // or marked its browser, and five of them in ten minutes held the address.
    if (/^(multipart\/form-data|application\/x-www-form-urlencoded)/i.test(type)) {
      const form = await withBody(request, body).formData()
      const fields = form.get('_payload')
      data = typeof fields === 'string' ? (JSON.parse(fields) as typeof data) : { email: form.get('email') }
    } else data = JSON.parse(decoder.decode(body)) as typeof data
    return typeof data?.email === 'string' ? data.email.slice(0, 320) : null
  } catch {
    return null
  }
}

/** The same answer with one more cookie. */
function withCookie(response: Response, cookie: string | null): Response {
  if (!cookie) return response
  const headers = new Headers(response.headers)
  headers.append('Set-Cookie', cookie)
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers })
}

/**
 * Wraps one of Payload's REST route handlers with the checks every request gets before the
 * CMS sees it (see src/shared/limits.ts): same origin for cookie-signed writes, the query
 * string, the body's size and shape, and the sign-in throttle. A refused request gets a 4xx
 * with a short message and one log line; one that failed because the database is down, a 503
 * that says so.
 */
export function guardRest(config: Config, handler: RestHandler): RestHandler {
  return async (request, context) => {
    try {
      const resolved = await config
      const { slug } = await context.params
      checkSameOrigin(request, sessionCookie(resolved), resolved.csrf)
      const collection = slug[0] === 'globals' ? (slug[1] ?? null) : (slug[0] ?? null)
      const fieldsOf = fieldsOfConfig(resolved)
      // Payload's delete of a preference fails with a 500 on the SQL adapters (its query filters
      // on the user relation without joining it); the admin never sends it.
      if (request.method === 'DELETE' && slug[0] === 'payload-preferences')
        throw new Refusal(405, requestMessages.preferenceDelete)
      // Payload answers a collection without endpoints (its migrations) with 501, a server error.
      if (resolved.collections.find((c) => c.slug === slug[0])?.endpoints === false)
        throw new Refusal(404, requestMessages.noApi)
      const { search } = new URL(request.url)
      checkRestQuery(search, collection, fieldsOf)
      checkBulkWrite(request.method, slug, search)
      let forwarded = request
      let body = new Uint8Array()
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        body = await readBoundedBody(request)
        await checkRestBody(request, body, collection, fieldsOf)
        forwarded = withBody(request, body)
      }
      const signIn = signInEndpoint(resolved, request.method, slug)
      const payload = signIn ? await getPayload({ config: resolved }) : null
      const attempts: Attempt[] = signIn ? [{ kind: signIn, email: await typedEmail(request, body) }] : []
      const admission = payload ? await admitSignIn(payload, request, clientAddress(request), attempts) : null
      const response = await handler(forwarded, context)
      if (failedOnTheServer(request, response, sessionCookie(resolved)))
        return (await databaseDownResponse(request, resolved)) ?? response
      if (!payload || !admission) return response
      return withCookie(response, await settleSignIn(payload, admission, attempts, () => response.status === 200))
    } catch (error) {
      if (error instanceof Refusal) return refusalResponse(request, error)
      throw error
    }
  }
}

type SchemaCache = { graphql: { schema: GraphQLSchema } | null; promise: Promise<{ schema: GraphQLSchema }> | null }

/**
 * The GraphQL schema, built once and shared with Payload's own handler through the cache it
 * keeps on `global._payload_graphql` (building it twice would double start-up work).
 */
async function graphqlSchema(config: SanitizedConfig): Promise<GraphQLSchema> {
  const holder = globalThis as { _payload_graphql?: SchemaCache }
  const cache = (holder._payload_graphql ??= { graphql: null, promise: null })
  if (cache.graphql) return cache.graphql.schema
  cache.promise ??= Promise.resolve().then(() => configToSchema(config))
  cache.graphql = await cache.promise
  return cache.graphql.schema
}

/** Payload's auth mutations (`loginUser`, `forgotPasswordUser`) among a request's mutations, each alias one attempt. */
function signInAttempts(mutations: CalledMutation[]): Attempt[] {
  return mutations.flatMap(({ name, alias, args }): Attempt[] => {
    const kind = /^login[A-Z]/.test(name) ? 'login' : /^forgotPassword[A-Z]/.test(name) ? 'forgot' : null
    return kind ? [{ kind, alias, email: typeof args.email === 'string' ? args.email.slice(0, 320) : null }] : []
  })
}

/**
 * Wraps Payload's GraphQL handler: the body is read within its bound and must be JSON, and
 * the query is checked (tokens, fragments, depth, estimated answer size) before GraphQL's
 * own validation runs, whose cost can grow exponentially with nested fragment spreads.
 */
export function guardGraphQL(config: Config, handler: GraphQLHandler): GraphQLHandler {
  return async (request) => {
    try {
      const resolved = await config
      checkSameOrigin(request, sessionCookie(resolved), resolved.csrf)
      const body = await readBoundedBody(request)
      const json = parseJsonObject(decoder.decode(body))
      const { mutations } = checkGraphQLRequest(json, await graphqlSchema(resolved))
      const attempts = signInAttempts(mutations)
      const payload = attempts.length ? await getPayload({ config: resolved }) : null
      let admission: Admission | null = null
      if (payload) admission = await admitSignIn(payload, request, clientAddress(request), attempts)
      const response = await handler(withBody(request, body))
      if (!payload || !admission) return response
      const answer = (await response
        .clone()
        .json()
        .catch(() => ({}))) as { data?: Record<string, { token?: unknown } | null> }
      const cookie = await settleSignIn(payload, admission, attempts, (attempt) =>
        Boolean(attempt.alias && answer.data?.[attempt.alias]?.token),
      )
      return withCookie(response, cookie)
    } catch (error) {
      if (error instanceof Refusal) return refusalResponse(request, error)
      throw error
    }
  }
}
