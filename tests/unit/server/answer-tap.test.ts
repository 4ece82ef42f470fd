import { createServer, type OutgoingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterEach, describe, expect, it } from 'vitest'

import { copyAnswer, holdAnswer, replaceOkStatus } from '@/cli/answer-tap'

/**
 * The server steps into an answer in three ways at once, nested as serve.ts nests them: the
 * status a page asked for, the copy kept for others, the reading page held and rewritten. Each
 * must see what the inner ones sent, and the reader must get exactly that.
 */
let server: Server | undefined
afterEach(() => server?.close())

type Copied = { status: number; headers: OutgoingHttpHeaders; body: string | null }

async function serve(limit: number, body: string[], asked?: number) {
  const copies: Copied[] = []
  server = createServer((req, res) => {
    replaceOkStatus(res, () => asked)
    copyAnswer(res, limit * 4, (status, headers, bytes) =>
      copies.push({ status, headers, body: bytes?.toString('utf8') ?? null }),
    )
    holdAnswer(res, limit, (held, send) => {
      res.setHeader('x-rewritten', 'yes')
      send(Buffer.from(held.toString('utf8').toUpperCase()))
    })
    res.setHeader('content-type', 'text/html')
    res.flushHeaders()
    for (const piece of body.slice(0, -1)) res.write(piece)
    res.end(body.at(-1))
  })
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve))
  const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`)
  const text = await response.text()
  await new Promise((resolve) => setTimeout(resolve, 20))
  return { response, text, copies }
}

describe('taps on one answer', () => {
  it('a held page is rewritten once, with its head, and the copy is what the reader got', async () => {
    const { response, text, copies } = await serve(1_000, ['<p>ça', 'ğ', '</p>'])
    expect(response.status).toBe(200)
    expect(text).toBe('<P>ÇAĞ</P>')
    expect(response.headers.get('x-rewritten')).toBe('yes')
    expect(response.headers.get('content-length')).toBe(String(Buffer.byteLength(text)))
    expect(copies).toEqual([expect.objectContaining({ status: 200, body: '<P>ÇAĞ</P>' })])
  })

  it('the status a page asked for reaches the reader and the copy', async () => {
    const { response, copies } = await serve(1_000, ['gone'], 410)
    expect(response.status).toBe(410)
    expect(copies[0].status).toBe(410)
  })

  it('past the hold’s bound the page streams through as written; past the copy’s, no copy', async () => {
    const pieces = ['a'.repeat(600), 'b'.repeat(600), 'c'.repeat(600)]
    const streamed = await serve(1_000, pieces)
    expect(streamed.text).toBe(pieces.join(''))
    expect(streamed.response.headers.get('x-rewritten')).toBeNull()
    expect(streamed.copies[0].body).toBe(pieces.join(''))

    server?.close()
    const big = await serve(100, ['x'.repeat(300), 'y'.repeat(300)])
    expect(big.text).toBe('x'.repeat(300) + 'y'.repeat(300))
    expect(big.copies[0].body).toBeNull()
  })
})
