import type { Payload } from 'payload'

/**
 * Calls the app's own REST and GraphQL route handlers (the functions Next.js serves under
 * /api) with real Request objects: the same code path as an HTTP client, without a server.
 */
type GraphQLResult = {
  data?: Record<string, { docs: Array<Record<string, unknown>> }>
  errors?: unknown[]
}

export function httpClient(payload: Payload) {
  const handlers = import('@payloadcms/next/routes')
  const config = payload.config
  const headersFor = (token?: string): Record<string, string> =>
    token ? { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' } : { 'Content-Type': 'application/json' }

  return {
    async rest(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, options: { token?: string; body?: unknown } = {}) {
      const { REST_GET, REST_POST, REST_PATCH, REST_DELETE } = await handlers
      const handler = { GET: REST_GET, POST: REST_POST, PATCH: REST_PATCH, DELETE: REST_DELETE }[method](config)
      const url = new URL(`http://localhost/api/${path.replace(/^\//, '')}`)
      const request = new Request(url, {
        method,
        headers: headersFor(options.token),
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
      })
      const slug = url.pathname.replace(/^\/api\//, '').split('/')
      const response = await handler(request, { params: Promise.resolve({ slug }) })
      return { status: response.status, json: (await response.json()) as Record<string, unknown> }
    },
    async graphql(query: string, options: { token?: string; variables?: Record<string, unknown> } = {}) {
      const { GRAPHQL_POST } = await handlers
      const request = new Request('http://localhost/api/graphql', {
        method: 'POST',
        headers: headersFor(options.token),
        body: JSON.stringify({ query, variables: options.variables }),
      })
      const response = await GRAPHQL_POST(config)(request)
      return { status: response.status, json: (await response.json()) as GraphQLResult }
    },
  }
}

export async function tokenFor(payload: Payload, email: string, password = 'test-password-123'): Promise<string> {
  const result = await payload.login({ collection: 'users', data: { email, password } })
  if (!result.token) throw new Error(`no token for ${email}`)
  return result.token
}
