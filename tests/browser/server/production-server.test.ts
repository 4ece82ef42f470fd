import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { freePort, testSecret } from '@tests/support/app-server'
import { tempDir } from '@tests/support/import'

/**
 * The production server as operators meet it: JSON log lines that carry each request's id,
 * and a SIGTERM (docker stop, a deploy) that lets the requests in flight finish.
 */
let server: ChildProcess
let baseUrl: string
let output = ''

beforeAll(async () => {
  const port = await freePort()
  baseUrl = `http://localhost:${port}`
  server = spawn('npm', ['start'], {
    env: {
      ...process.env,
      PORT: String(port),
      SERVER_URL: baseUrl,
      DATABASE_URI: `file:${path.join(tempDir('rota-production-'), 'site.db')}`,
      PAYLOAD_SECRET: testSecret,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  server.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()))
  server.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const deadline = Date.now() + 5 * 60_000
  while (!output.includes('ready on')) {
    if (server.exitCode !== null || Date.now() > deadline) throw new Error(`the app did not start:\n${output}`)
    await new Promise((r) => setTimeout(r, 200))
  }
}, 6 * 60_000)

afterAll(() => {
  try {
    process.kill(-server.pid!, 'SIGKILL')
  } catch {
    // already gone
  }
})

/** The server's JSON log lines (the npm and build lines before them are not the server's). */
const jsonLines = () =>
  output
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>)

describe('the production server', () => {
  it('logs JSON lines, and a refused request’s line carries the id the reader got back', async () => {
    // A client cannot choose its id (no trusted proxy in front): the server makes its own.
    const response = await fetch(`${baseUrl}/api/questions?limit=100000`, {
      headers: { 'X-Request-Id': 'chosen-by-client' },
    })
    expect(response.status).toBe(400)
    const requestId = response.headers.get('x-request-id')!
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/)
    await new Promise((r) => setTimeout(r, 200))
    const line = jsonLines().find((l) => l.requestId === requestId)
    expect(line).toMatchObject({ level: 'warn', msg: expect.stringContaining('[api] 400 GET /api/questions') })
    expect(Date.parse(String(line!.time))).toBeGreaterThan(Date.now() - 60_000)
    expect(jsonLines().find((l) => String(l.msg).includes('ready on'))).toMatchObject({ level: 'info' })
  })

  it('on SIGTERM finishes the requests in flight, takes no new ones, and exits cleanly', async () => {
    const inFlight = Array.from({ length: 12 }, (_, i) =>
      fetch(`${baseUrl}/tr/search?q=${encodeURIComponent(`kurul ${i}`)}`).then(async (r) => {
        await r.text()
        return r.status
      }),
    )
    await new Promise((r) => setTimeout(r, 30))
    process.kill(-server.pid!, 'SIGTERM')
    // The health check tells the proxy and docker-compose to send nobody new here.
    await new Promise((r) => setTimeout(r, 100))
    const health = await fetch(`${baseUrl}/api/health`)
    expect(health.status).toBe(503)
    expect(await health.json()).toMatchObject({ status: 'stopping' })
    expect(await Promise.all(inFlight)).toEqual(Array(12).fill(200))
    const deadline = Date.now() + 15_000
    while (!jsonLines().some((l) => l.msg === '[rota] stopped: every request answered') && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 100))
    const messages = jsonLines().map((l) => String(l.msg))
    expect(messages).toContain('[rota] SIGTERM: finishing the requests in flight, then stopping')
    expect(messages).toContain('[rota] stopped: every request answered')
    await expect(fetch(`${baseUrl}/tr`)).rejects.toThrow()
  })
})
