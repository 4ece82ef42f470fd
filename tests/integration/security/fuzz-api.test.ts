import { beforeAll, describe, expect, it, vi } from 'vitest'

import { usePayload } from '@tests/support/boot'
import { createCast, createPublishedAdvice } from '@tests/support/content'
import { fuzzSeed, oddValues, random, within, type Random } from '@tests/support/fuzz/fuzz'
import { httpClient, tokenFor } from '@tests/support/http'

/**
 * A bounded, seeded fuzz pass over the REST query parameters and GraphQL: whatever a caller
 * sends, the answer is never a 5xx and never a hang.
 */
const ctx = usePayload()
let http: ReturnType<typeof httpClient>
let editorToken: string

beforeAll(async () => {
  // Each refusal is logged as one line; thousands of them would drown the test output.
  vi.spyOn(console, 'warn').mockImplementation(() => undefined)
  http = httpClient(ctx.payload)
  await createCast(ctx.payload)
  await createPublishedAdvice(ctx.payload, 1)
  await createPublishedAdvice(ctx.payload, 2)
  editorToken = await tokenFor(ctx.payload, 'editor@example.org')
})

const paths = [
  'questions',
  'advice',
  'choices',
  'areas',
  'resources',
  'users',
  'globals/site-texts',
  'payload-locked-documents',
  'advice/versions',
  'questions/count',
  'users/login',
  'users/forgot-password',
  'users/reset-password',
  'users/unlock',
  'users/refresh-token',
  'users/logout',
  'users/me',
  'users/first-register',
  'payload-preferences/x',
  'revalidate',
  'access',
  'questions/not-an-id',
  'advice/versions/not-an-id',
]
const fields = [
  'number',
  'text',
  'area',
  'area.title',
  'choice.question.number',
  'createdAt',
  'updatedAt',
  '_status',
  'id',
  'body',
  'url',
  'x',
  'title.en',
]
const operators = [
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'exists',
  'like',
  'contains',
  'greater_than',
  'less_than_equal',
  'near',
  'within',
  'bogus',
]
const keys = [
  'limit',
  'page',
  'depth',
  'sort',
  'draft',
  'locale',
  'fallback-locale',
  'pagination',
  'select[text]',
  'populate[areas][title]',
  'joins[choices][limit]',
  'joins[choices][sort]',
  'trash',
]

const encode = (value: string) => encodeURIComponent(value)

function restQuery(r: Random): string {
  const parts: string[] = []
  for (let i = r.int(4); i > 0; i--) parts.push(`${r.pick(keys)}=${encode(r.pick(oddValues))}`)
  for (let i = r.int(3); i > 0; i--) {
    const prefix = r.int(3) === 0 ? `where[${r.pick(['or', 'and'])}][${r.int(3)}]` : 'where'
    parts.push(`${prefix}[${r.pick(fields)}][${r.pick(operators)}]=${encode(r.pick(oddValues))}`)
  }
  return parts.join('&')
}

const graphqlPieces = [
  'Questions',
  'Questions(limit: 5)',
  'Questions(limit: 0)',
  'Questions(limit: -1)',
  'Questions(page: 99999999)',
  'Questions(where: { number: { equals: 1e3 } })',
  'Questions(where: { createdAt: { greater_than: "notadate" } })',
  'Advices',
  'Advices(draft: true)',
  'Areas',
  'Choices(sort: "-number")',
  'Users',
  'SiteText',
]
const graphqlFields = [
  'id',
  'text',
  'number',
  'label',
  'body',
  'title',
  'createdAt',
  '__typename',
  'nonexistent',
  'area { title }',
  'choices { docs { id } }',
  'question { number }',
]

function graphqlQuery(r: Random): string {
  const selection = (depth: number): string =>
    r
      .some(1 + r.int(3), () =>
        depth < 3 && r.int(4) === 0 ? `docs { ${selection(depth + 1)} }` : r.pick(graphqlFields),
      )
      .join(' ')
  const body = `{ ${r.pick(graphqlPieces)} { docs { ${selection(0)} } totalDocs } }`
  // Sometimes broken on purpose: cut short, an extra brace, a stray character.
  return r.pick([
    body,
    body.slice(0, r.int(body.length)),
    `${body}}`,
    body.replace('{', '{ @'),
    `query Q($l: Int) ${body}`,
  ])
}

describe(`fuzz (seed ${fuzzSeed})`, () => {
  it('300 random REST requests (query parameters, methods, bodies): no 5xx, no hang', async () => {
    const r = random()
    const failures: string[] = []
    for (let i = 0; i < 300; i++) {
      const method = r.pick(['GET', 'GET', 'GET', 'POST', 'PATCH', 'DELETE'] as const)
      const path = `${r.pick(paths)}?${restQuery(r)}`
      const odd = JSON.stringify(r.pick(oddValues))
      const rawBody =
        method === 'GET'
          ? undefined
          : r.pick([
              '{}',
              'null',
              '[]',
              '{"number": 1e400}',
              `{"text": ${odd}}`,
              '{bad',
              '"x"',
              `{"email": ${odd}, "password": ${odd}}`,
              '{"email": ["a@b.c"], "password": {"x": 1}}',
              `{"token": ${odd}, "password": "uzun bir parola 2026"}`,
              '{"value": {"a": [1, 2]}}',
            ])
      const { status } = await within(
        10_000,
        `${method} ${path}`,
        http.rest(method, path, { rawBody, token: r.int(2) ? editorToken : undefined }),
      )
      if (status >= 500) failures.push(`${status} ${method} /api/${path} ${rawBody ?? ''}`)
    }
    expect(failures).toEqual([])
  })

  it('200 random GraphQL requests: no 5xx, no internal error inside a 200, no hang', async () => {
    const r = random(fuzzSeed + 1)
    const failures: string[] = []
    for (let i = 0; i < 200; i++) {
      const query = graphqlQuery(r)
      const { status, json } = await within(
        10_000,
        query,
        http.graphql(query, { token: r.int(2) ? editorToken : undefined, variables: { l: r.int(1000) } }),
      )
      const internal = (json.errors ?? []).some(
        (e) => (e as { extensions?: { statusCode?: number } }).extensions?.statusCode === 500,
      )
      if (status >= 500 || internal) failures.push(`${status} ${query} ${JSON.stringify(json.errors).slice(0, 200)}`)
    }
    expect(failures).toEqual([])
  })
})
