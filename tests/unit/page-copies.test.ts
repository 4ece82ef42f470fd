import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterEach, describe, expect, it } from 'vitest'

import { PageCopies } from '@/cli/page-copies'
import { contentChanged } from '@/shared/content-generation'

/**
 * The server's copy of rendered reports: what a reader gets from it must be what Next.js
 * would render now, so it is dropped when editors publish and never holds a preview, an
 * error or an answer that sets a cookie.
 */
let server: Server | undefined
afterEach(() => server?.close())

/** A server whose "Next.js" renders a numbered page each time it is asked, `delay` ms late. */
async function serve(budget?: ConstructorParameters<typeof PageCopies>[0], delay = 0, gone = () => false) {
  const cache = new PageCopies(budget)
  let renders = 0
  let requests = 0
  server = createServer((req, res) => {
    // What serve.ts sets for each request before the copies are asked.
    requests++
    res.setHeader('x-request-id', `request-${requests}`)
    res.setHeader('x-accel-expires', `@${requests}`)
    cache.serve(req, res, () => {
      const n = ++renders
      setTimeout(() => {
        if (req.url?.includes('fail')) res.statusCode = 500
        if (gone()) res.statusCode = 404
        if (req.url?.includes('cookie')) res.setHeader('set-cookie', 'a=b')
        res.setHeader('content-type', 'text/html; charset=utf-8')
        res.write(`<p>render ${n} `)
        res.end(`${'ş'.repeat(2000)}</p>`)
      }, delay)
    })
  })
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const get = async (path: string, headers: Record<string, string> = {}, method = 'GET') => {
    const response = await fetch(base + path, { headers, method })
    return {
      status: response.status,
      text: await response.text(),
      length: response.headers.get('content-length'),
      perRequest: [response.headers.get('x-request-id'), response.headers.get('x-accel-expires')],
    }
  }
  return { get, renders: () => renders }
}

const report = '/tr/assessment/report?q16=2&d=2026-11-29'

/** Until the server has begun its `n`th render. */
async function renderStarted(renders: () => number, n: number) {
  while (renders() < n) await new Promise((resolve) => setTimeout(resolve, 1))
}

describe('the page copies', () => {
  it('renders a report address once and serves the same bytes after', async () => {
    const { get, renders } = await serve()
    const first = await get(report)
    const again = await get(report)
    expect(again).toEqual({
      ...first,
      length: String(Buffer.byteLength(first.text)),
      // The request id and the proxy's expiry are this request's, not the first one's.
      perRequest: ['request-2', '@2'],
    })
    expect(first.text).toContain('render 1 ')
    expect(renders()).toBe(1)
    expect((await get('/tr/assessment/report?q16=1')).text).toContain('render 2 ')
  })

  it('renders again once editors publish', async () => {
    const { get, renders } = await serve()
    await get(report)
    contentChanged()
    expect((await get(report)).text).toContain('render 2 ')
    expect(renders()).toBe(2)
  })

  it('does not keep a render that began before a publish', async () => {
    const { get, renders } = await serve(undefined, 50)
    const during = get(report)
    await new Promise((resolve) => setTimeout(resolve, 10))
    contentChanged()
    await during
    expect((await get(report)).text).toContain('render 2 ')
    expect(renders()).toBe(2)
  })

  it('while one reader’s request renders a page anew after a publish, the others get the copy from before', async () => {
    const { get, renders } = await serve(undefined, 200)
    await get(report)
    contentChanged()
    const rendering = get(report)
    await renderStarted(renders, 2)
    const meanwhile = await Promise.all([get(report), get(report)])
    expect(meanwhile.map((answer) => answer.text)).toEqual([
      expect.stringContaining('render 1 '),
      expect.stringContaining('render 1 '),
    ])
    expect((await rendering).text).toContain('render 2 ')
    expect((await get(report)).text).toContain('render 2 ')
    expect(renders()).toBe(2)
  })

  it('drops the copy from before a publish once the page renders as something it cannot keep', async () => {
    let gone = false
    const { get, renders } = await serve(undefined, 200, () => gone)
    await get(report)
    gone = true
    contentChanged()
    const rendering = get(report)
    await renderStarted(renders, 2)
    // Only while the render lasts: the page as it was before the publish.
    expect((await get(report)).text).toContain('render 1 ')
    expect((await rendering).status).toBe(404)
    expect((await get(report)).status).toBe(404)
    expect(renders()).toBe(3)
  })

  it('keeps compressed and plain answers apart', async () => {
    const { get, renders } = await serve()
    await get(report, { 'accept-encoding': 'gzip' })
    await get(report, { 'accept-encoding': 'identity' })
    expect(renders()).toBe(2)
  })

  it('keep a reading page too, but never Next.js’s data request for it', async () => {
    const { get, renders } = await serve()
    await get('/tr/questions/16/2')
    await get('/tr/questions/16/2')
    expect(renders()).toBe(1)
    await get('/tr/questions/16/2', { rsc: '1' })
    await get('/tr/questions/16/2', { rsc: '1' })
    expect(renders()).toBe(3)
  })

  it.each([
    ['another page', '/tr/assessment', {}, 'GET'],
    ['a report without answers', '/tr/assessment/report', {}, 'GET'],
    ['an editor’s preview', report, { cookie: 'x=1; __prerender_bypass=abc' }, 'GET'],
    ['a HEAD request', report, {}, 'HEAD'],
    ['an error', `${report}&fail=1`, {}, 'GET'],
    ['an answer setting a cookie', `${report}&cookie=1`, {}, 'GET'],
  ])('never serves %s from the cache', async (_what, path, headers, method) => {
    const { get, renders } = await serve()
    await get(path, headers, method)
    await get(path, headers, method)
    expect(renders()).toBe(2)
  })

  it('stays within its memory budget, dropping the least recently used report first', async () => {
    // Each page is about 4 KB: two fit, three do not.
    const { get, renders } = await serve({ totalBytes: 9_000, entryBytes: 6_000, maxAgeMs: 60_000 })
    await get('/tr/assessment/report?q1=1')
    await get('/tr/assessment/report?q1=2')
    await get('/tr/assessment/report?q1=1')
    await get('/tr/assessment/report?q1=3')
    expect(renders()).toBe(3)
    await get('/tr/assessment/report?q1=1')
    expect(renders()).toBe(3)
    await get('/tr/assessment/report?q1=2')
    expect(renders()).toBe(4)
  })

  it('renders a report too big for one entry every time', async () => {
    const { get, renders } = await serve({ totalBytes: 100_000, entryBytes: 1_000, maxAgeMs: 60_000 })
    await get(report)
    await get(report)
    expect(renders()).toBe(2)
  })
})
