import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { deflateSync, gzipSync } from 'node:zlib'

import { afterEach, describe, expect, it } from 'vitest'

import { acceptedCoding } from '@/cli/content-coding'
import { nextAnswerHeaders } from '@/cli/next-internals'
import { copyPool, PageCopies, type PageCopiesBudget } from '@/cli/page-copies'
import { contentChanged } from '@/shared/server/content-generation'

/**
 * The server's copies of rendered pages: what a reader gets from one must be what Next.js
 * would render for that reader's plain request now. So a copy is dropped when editors publish,
 * is never made from a preview, an error, a redirect, an answer setting a cookie or the answer
 * to a request that asked Next.js for something else, and no stranger can push the reading
 * pages out.
 */
let server: Server | undefined
afterEach(() => server?.close())

/** Next.js's vary header on pages (its router's requests get other answers at the same address). */
const nextVary = 'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch'

/**
 * "Next.js": a numbered page each time it is asked, compressed as its compression would, and
 * the other answers it gives at a page's address for the requests and addresses that ask for them.
 */
function render(req: IncomingMessage, res: ServerResponse, n: number): void {
  const url = req.url ?? ''
  if (req.headers['x-middleware-prefetch']) {
    // What Next.js 16 answered /tr after a publish: 200, no content type, `{}`.
    res.setHeader('x-middleware-skip', '1')
    res.end('{}')
    return
  }
  if (req.headers.rsc) {
    if (!url.includes('_rsc=')) {
      res.writeHead(307, { location: `${url}?_rsc` })
      res.end()
      return
    }
    res.writeHead(200, { 'content-type': 'text/x-component', vary: nextVary })
    res.end(`0:["render ${n}"]`)
    return
  }
  if (url.includes('fail')) res.statusCode = 500
  if (url.includes('cookie')) res.setHeader('set-cookie', 'a=b')
  if (url.includes('redirect')) res.setHeader('location', '/tr')
  const nonce = /'nonce-([^']+)'/.exec(String(req.headers['content-security-policy'] ?? ''))?.[1]
  const html = Buffer.from(`<p${nonce ? ` nonce="${nonce}"` : ''}>render ${n} ${'ş'.repeat(2000)}</p>`)
  const coding = url.includes('other-coding') ? 'identity' : acceptedCoding(req.headers['accept-encoding'])
  const body = coding === 'gzip' ? gzipSync(html) : coding === 'deflate' ? deflateSync(html) : html
  res.setHeader('content-type', url.includes('json') ? 'application/json' : 'text/html; charset=utf-8')
  res.setHeader('vary', url.includes('by-language') ? `${nextVary}, Accept-Language` : `${nextVary}, Accept-Encoding`)
  if (coding !== 'identity') res.setHeader('content-encoding', coding)
  res.write(body.subarray(0, 10))
  res.end(body.subarray(10))
}

/** A server with the copies in front of that "Next.js", which answers `delay` ms late. */
async function serve(budget?: PageCopiesBudget, delay = 0, gone = () => false) {
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
        if (gone()) res.statusCode = 404
        render(req, res, n)
      }, delay)
    })
  })
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const get = async (path: string, headers: Record<string, string> = {}, method = 'GET') => {
    const response = await fetch(base + path, {
      headers: { 'accept-encoding': 'identity', ...headers },
      method,
      redirect: 'manual',
    })
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      text: await response.text(),
      length: response.headers.get('content-length'),
      perRequest: [response.headers.get('x-request-id'), response.headers.get('x-accel-expires')],
    }
  }
  return { get, renders: () => renders }
}

const report = '/tr/assessment/report?q16=2&d=2026-11-29'
const advice = '/tr/questions/16/2'

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
    // The publish comes once the render has begun (a fixed wait let it come first under load).
    await renderStarted(renders, 1)
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

  it('after a publish, pages with a copy are rendered anew one at a time; meanwhile the others are served as before', async () => {
    const { get, renders } = await serve(undefined, 200)
    await get(report)
    await get(advice)
    contentChanged()
    const rendering = get(report)
    await renderStarted(renders, 3)
    expect((await get(advice)).text).toContain('render 2 ')
    expect(renders()).toBe(3)
    expect((await rendering).text).toContain('render 3 ')
    expect((await get(advice)).text).toContain('render 4 ')
    expect((await get(advice)).text).toContain('render 4 ')
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

  it('keeps a reading page too', async () => {
    const { get, renders } = await serve()
    await get(advice)
    await get(advice)
    expect(renders()).toBe(1)
  })

  it.each([
    ['another page', '/tr/assessment', {}, 'GET'],
    ['a report without answers', '/tr/assessment/report', {}, 'GET'],
    ['an editor’s preview', report, { cookie: 'x=1; __prerender_bypass=abc' }, 'GET'],
    ['a HEAD request', report, {}, 'HEAD'],
    ['an error', `${report}&fail=1`, {}, 'GET'],
    ['an answer setting a cookie', `${report}&cookie=1`, {}, 'GET'],
    ['a redirect', `${report}&redirect=1`, {}, 'GET'],
    ['an answer that is not HTML', `${report}&json=1`, {}, 'GET'],
    ['an answer that varies with another request header', `${report}&by-language=1`, {}, 'GET'],
    [
      'an answer in another coding than the reader asked for',
      `${report}&other-coding=1`,
      { 'accept-encoding': 'gzip' },
      'GET',
    ],
  ])('never serves %s from a copy', async (_what, path, headers, method) => {
    const { get, renders } = await serve()
    await get(path, headers, method)
    await get(path, headers, method)
    expect(renders()).toBe(2)
  })

  it('stays within its memory budget, dropping the least recently used report first', async () => {
    // Each page is about 4 KB: two fit, three do not.
    const { get, renders } = await serve({
      readingBytes: 9_000,
      queriedBytes: 9_000,
      entryBytes: 6_000,
      maxAgeMs: 60_000,
    })
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

  it('keeps a copy for at most its maximum age, and does not serve one past it while the page renders anew', async () => {
    const { get, renders } = await serve(
      { readingBytes: 100_000, queriedBytes: 100_000, entryBytes: 6_000, maxAgeMs: 100 },
      150,
    )
    await get(report)
    await get(report)
    expect(renders()).toBe(1)
    await new Promise((resolve) => setTimeout(resolve, 120))
    const rendering = get(report)
    await renderStarted(renders, 2)
    // An expired copy is gone, not "from before": this reader waits for the render too.
    const meanwhile = get(report)
    expect((await rendering).text).toContain('render 2 ')
    expect((await meanwhile).text).toContain('render 3 ')
  })

  it('renders a report too big for one entry every time', async () => {
    const { get, renders } = await serve({
      readingBytes: 100_000,
      queriedBytes: 100_000,
      entryBytes: 1_000,
      maxAgeMs: 60_000,
    })
    await get(report)
    await get(report)
    expect(renders()).toBe(2)
  })
})

describe('a request that asks Next.js for something other than the page', () => {
  it.each(nextAnswerHeaders)('(%s) goes to Next.js, and what it gets is kept for no one', async (name) => {
    const { get, renders } = await serve()
    const value = name === 'content-security-policy' ? "script-src 'nonce-c3RyYW5nZXI='" : '1'
    // Right after a publish: the copies are empty and the stranger comes first.
    await get(advice, { [name]: value, 'accept-encoding': 'gzip, deflate, br, zstd' })
    await get(advice, { [name]: value, 'accept-encoding': 'gzip, deflate, br, zstd' })
    expect(renders()).toBe(2)
    const reader = await get(advice, { 'accept-encoding': 'gzip, deflate, br, zstd' })
    expect(renders()).toBe(3)
    expect(reader).toMatchObject({
      status: 200,
      type: 'text/html; charset=utf-8',
      text: expect.stringMatching(/^<p>render 3 /),
    })
    // The reader's page is kept now, and still not given to the next such request.
    await get(advice, { [name]: value, 'accept-encoding': 'gzip, deflate, br, zstd' })
    expect(renders()).toBe(4)
    expect((await get(advice, { 'accept-encoding': 'gzip, deflate, br, zstd' })).text).toBe(reader.text)
    expect(renders()).toBe(4)
  })

  it.each([
    ['x-middleware-prefetch', { 'x-middleware-prefetch': '1' }],
    ['RSC', { rsc: '1' }],
    ['a nonce', { 'content-security-policy': "script-src 'nonce-c3RyYW5nZXI='" }],
  ])('(%s) leaves the readers after it the page, on every reading page and report', async (_what, headers) => {
    const { get } = await serve()
    const paths = ['/tr', '/en', '/tr/questions/16', advice, '/tr/search?q=kurul', report]
    for (const path of paths) await get(path, { ...headers, 'accept-encoding': 'gzip, deflate, br, zstd' })
    for (const path of paths) {
      const page = await get(path, { 'accept-encoding': 'gzip, deflate, br, zstd' })
      expect({ path, status: page.status, type: page.type }).toEqual({
        path,
        status: 200,
        type: 'text/html; charset=utf-8',
      })
      expect(page.text).toMatch(/^<p>render \d+ ş+<\/p>$/)
    }
  })
})

describe('what a copy is kept by', () => {
  it('the coding the page goes out in, not the Accept-Encoding as written', async () => {
    const { get, renders } = await serve()
    const gzip = ['gzip, deflate, br, zstd', 'gzip, deflate, br', 'br, gzip', 'gzip;q=0.5, x-made-up-0']
    for (const header of gzip) await get(advice, { 'accept-encoding': header })
    expect(renders()).toBe(1)
    await get(advice, { 'accept-encoding': 'deflate' })
    await get(advice, { 'accept-encoding': 'identity' })
    await get(advice, { 'accept-encoding': 'br, zstd' })
    expect(renders()).toBe(3)
    // A thousand ways of writing the header make no more copies.
    for (let i = 0; i < 1000; i++) await get(advice, { 'accept-encoding': `gzip, x-${i}` })
    expect(renders()).toBe(3)
  })

  it('the kind of client Next.js renders for: a crawler that reads only HTML gets its own', async () => {
    const { get, renders } = await serve()
    await get(advice, { 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0' })
    await get(advice, { 'user-agent': 'Mozilla/5.0 (Macintosh) Safari/605.1.15' })
    expect(renders()).toBe(1)
    await get(advice, { 'user-agent': 'Twitterbot/1.0' })
    await get(advice, { 'user-agent': 'facebookexternalhit/1.1' })
    expect(renders()).toBe(2)
  })
})

describe('the pools', () => {
  it('reading pages at their own address are one pool; anything with a query, the other', () => {
    expect(['/tr', '/en/questions/16', advice, '/tr/search', '/tr/resources'].map(copyPool)).toEqual(
      Array(5).fill('reading'),
    )
    expect(['/tr?x=1', '/tr/search?q=kurul', '/tr/resources?kind=video', report].map(copyPool)).toEqual(
      Array(4).fill('queried'),
    )
    expect(['/tr/assessment', '/tr/assessment/report', '/admin', '/tr/assessment/team/x'].map(copyPool)).toEqual(
      Array(4).fill(undefined),
    )
  })

  it('800 report and search addresses do not push out a reading page', async () => {
    // Each page is about 4 KB; the budgets hold a few of them.
    const budget = { readingBytes: 20_000, queriedBytes: 20_000, entryBytes: 6_000, maxAgeMs: 60_000 }
    const { get, renders } = await serve(budget)
    await get(advice)
    await get('/tr')
    for (let i = 0; i < 400; i++) {
      await get(`/tr/assessment/report?q16=${i}`)
      await get(`/tr/search?q=kurul${i}`)
    }
    expect(renders()).toBe(802)
    await get(advice)
    await get('/tr')
    expect(renders()).toBe(802)
    // Nor do reading pages with a query made up to look like them.
    for (let i = 0; i < 100; i++) await get(`${advice}?utm=${i}`)
    await get(advice)
    expect(renders()).toBe(902)
  })

  it('reading pages push out only each other, least recently used first', async () => {
    const { get, renders } = await serve({
      readingBytes: 9_000,
      queriedBytes: 100_000,
      entryBytes: 6_000,
      maxAgeMs: 60_000,
    })
    await get('/tr/questions/1')
    await get('/tr/questions/2')
    await get('/tr/questions/1')
    await get('/tr/questions/3')
    expect(renders()).toBe(3)
    await get('/tr/questions/1')
    expect(renders()).toBe(3)
    await get('/tr/questions/2')
    expect(renders()).toBe(4)
  })
})
