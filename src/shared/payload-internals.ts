import type { GraphQLSchema } from 'graphql'

/**
 * What this code relies on in Payload that Payload does not offer as an API. Each is checked
 * against the installed Payload by tests/integration/operations/payload-internals.test.ts, whose failure
 * names the behaviour that changed. Kept free of Payload's imports: the edge proxy
 * (src/proxy.ts) and the admin's error page in the browser read the cookie's name too.
 */

/** The prefix of Payload's cookies (its `cookiePrefix` setting; payload.config.ts sets it from here). */
export const cookiePrefix = 'payload'

/** The cookie in which Payload keeps the admin's language (`<cookiePrefix>-lng`). */
export const languageCookie = `${cookiePrefix}-lng`

/** The admin's language from a Cookie header, when it names one of `languages`. */
export function languageFromCookie<L extends string>(cookie: string, languages: readonly L[]): L | undefined {
  const value = new RegExp(`(?:^|;\\s*)${languageCookie}=([\\w-]+)`).exec(cookie)?.[1]
  return languages.find((language) => language === value)
}

/**
 * A POST that Payload's REST handler answers as the GET its body holds, for queries too long
 * for a URL (its relationship fields send them so). Payload honours both header names.
 */
export function methodOverride(request: Request): string | null {
  return request.headers.get('x-payload-http-method-override') ?? request.headers.get('x-http-method-override')
}

type SchemaCache = { graphql: { schema: GraphQLSchema } | null; promise: Promise<{ schema: GraphQLSchema }> | null }

/**
 * The GraphQL schema cache Payload's GraphQL handler keeps on `global._payload_graphql`; the
 * request guard builds the schema into it, so the schema is built once, not twice.
 */
export function graphqlSchemaCache(): SchemaCache {
  const holder = globalThis as { _payload_graphql?: SchemaCache }
  return (holder._payload_graphql ??= { graphql: null, promise: null })
}

/**
 * The key Payload derives from the configured secret (`payload.secret`: the first 32 hex
 * digits of its SHA-256), which signs its own tokens. Web Crypto, so this module has no
 * Node-only import.
 */
export async function payloadSecretKey(configSecret: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(configSecret))
  return [...new Uint8Array(digest)]
    .map((byte) => byte.toString(16).padStart(2, '0'))
    .join('')
    .slice(0, 32)
}
