import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { usePayload } from '@tests/support/boot'
import { httpClient } from '@tests/support/http'

/** GET /api/health: what the proxy and docker-compose ask before sending readers to an instance. */
const ctx = usePayload()
let http: ReturnType<typeof httpClient>

beforeAll(() => {
  http = httpClient(ctx.payload)
})
afterEach(() => {
  vi.restoreAllMocks()
})

describe('the health check', () => {
  it('answers 200 with the database and the version when the database answers', async () => {
    const { status, json } = await http.rest('GET', 'health')
    expect(status).toBe(200)
    expect(json).toEqual({ status: 'ok', database: 'ok', version: expect.stringMatching(/^\d+\.\d+\.\d+/) })
  })

  it('answers 503 with the reason, and no driver message, when the database fails', async () => {
    vi.spyOn(ctx.payload, 'count').mockRejectedValueOnce(new Error('connect ECONNREFUSED mongodb://rota:secret@db'))
    const { status, json } = await http.rest('GET', 'health')
    expect(status).toBe(503)
    expect(json).toMatchObject({ status: 'error', database: 'unreachable' })
    expect(JSON.stringify(json)).not.toContain('secret')
  })

  it('answers 503 in bounded time when the database does not answer at all', async () => {
    vi.spyOn(ctx.payload, 'count').mockReturnValueOnce(new Promise(() => {}))
    const started = Date.now()
    const { status, json } = await http.rest('GET', 'health')
    expect(status).toBe(503)
    expect(json).toMatchObject({ status: 'error', database: 'timeout' })
    expect(Date.now() - started).toBeLessThan(10_000)
  })
})
