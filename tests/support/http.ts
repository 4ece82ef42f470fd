import type { Payload } from 'payload'

/**
 * Calls the app's own REST and GraphQL route handlers (the functions Next.js serves under
 * /api, with the request checks in front of Payload's) with real Request objects: the same
 * code path as an HTTP client, without a server.
 */
type GraphQLResult = {
  data?: Record<string, { docs: Array<Record<string, unknown>> }>
  errors?: Array<{ message: string }>
}

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'
type RestOptions = {
  token?: string
  body?: unknown
  /** The body exactly as sent (not JSON-encoded here). */
  rawBody?: string | Uint8Array<ArrayBuffer>
  headers?: Record<string, string>
}

/** `payload` must be booted first: the routes import the config it was booted with (and its database). */
export function httpClient(_payload: Payload) {
  const restRoute = import('@/app/(payload)/api/[...slug]/route')
  const graphqlRoute = import('@/app/(payload)/api/graphql/route')
  const headersFor = (token?: string, extra: Record<string, string> = {}): Record<string, string> => ({
    'Content-Type': 'application/json',
    ...(token ? { Authorization: `JWT ${token}` } : {}),
    ...extra,
  })

  async function graphqlRaw(body: string, options: { token?: string; headers?: Record<string, string> } = {}) {
    const { POST } = await graphqlRoute
    const request = new Request('http://localhost/api/graphql', {
      method: 'POST',
      headers: headersFor(options.token, options.headers),
      body,
    })
    const response = await POST(request)
    const text = await response.text()
    return { status: response.status, json: (text ? JSON.parse(text) : {}) as GraphQLResult }
  }

  return {
    async rest(method: Method, path: string, options: RestOptions = {}) {
      const handler = (await restRoute)[method]
      const url = new URL(`http://localhost/api/${path.replace(/^\//, '')}`)
      const request = new Request(url, {
        method,
        headers: headersFor(options.token, options.headers),
        body: options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
      })
      const slug = url.pathname.replace(/^\/api\//, '').split('/')
      const response = await handler(request, { params: Promise.resolve({ slug }) })
      const text = await response.text()
      return {
        status: response.status,
        headers: response.headers,
        json: (text ? JSON.parse(text) : {}) as Record<string, unknown>,
      }
    },
    async graphql(
      query: string,
      options: { token?: string; variables?: Record<string, unknown>; headers?: Record<string, string> } = {},
    ) {
      return graphqlRaw(JSON.stringify({ query, variables: options.variables }), options)
    },
    graphqlRaw,
  }
}

export async function tokenFor(payload: Payload, email: string, password = 'test-password-123'): Promise<string> {
  const result = await payload.login({ collection: 'users', data: { email, password } })
  if (!result.token) throw new Error(`no token for ${email}`)
  return result.token
}
