import { createServer, get as httpGet, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { gunzipSync, inflateSync } from 'node:zlib'

import { afterEach, describe, expect, it } from 'vitest'

import { serveWithoutScripts } from '@/cli/without-scripts'
import { limits } from '@/shared/limits'
import { isReadingPage, leavesWithoutNextScripts } from '@/shared/routes'

/**
 * Reading pages leave the server without Next.js's scripts. The "Next.js" below writes a page
 * the way Next.js 16 does (headers set, flushed, then the body in pieces); what it wrote
 * otherwise must reach the reader unchanged.
 */
const scripts =
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/a.js"/>' +
  '<script src="/_next/static/chunks/b.js" async=""></script>' +
  '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({})</script>' +
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>' +
  '<script>self.__next_f.push([1,"a \\u003c/script> b"])</script>'
const own = '<script>document.body.dataset.enhanced = "yes"</script>'
const page = (filler = '') =>
  `<!DOCTYPE html><html lang="tr"><head>${scripts}</head><body><h1>Soru 3</h1>${filler}${own}${scripts}</body></html>`

let server: Server | undefined
afterEach(() => server?.close())

async function serve(status = 200, body = page()) {
  server = createServer((req, res) =>
    serveWithoutScripts(req, res, () => {
      res.statusCode = status
      res.setHeader('content-type', 'text/html; charset=utf-8')
      res.setHeader('vary', 'rsc')
      res.flushHeaders()
      const half = Math.floor(body.length / 2)
      res.write(body.slice(0, half))
      res.end(body.slice(half))
    }),
  )
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return (path: string, headers: Record<string, string> = {}) =>
    new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>((resolve, reject) =>
      httpGet(base + path, { headers }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }))
      }).on('error', reject),
    )
}

describe('a reading page', () => {
  it('loses Next.js’s scripts and keeps its own, its text and its headers', async () => {
    const get = await serve()
    const answer = await get('/tr/questions/3')
    const html = answer.body.toString('utf8')
    expect(html).toBe(`<!DOCTYPE html><html lang="tr"><head></head><body><h1>Soru 3</h1>${own}</body></html>`)
    expect(answer.headers['content-length']).toBe(String(answer.body.length))
    expect(answer.headers.vary).toBe('rsc, Accept-Encoding')
  })

  it('is gzipped for a reader that accepts it', async () => {
    const get = await serve(200, page('<p>uzun bir metin</p>'.repeat(100)))
    const answer = await get('/tr', { 'accept-encoding': 'gzip, br' })
    expect(answer.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(answer.body).toString('utf8')).not.toContain('_next')
  })

  it('goes out in the coding Next.js would choose, as the page copies are kept by it', async () => {
    const get = await serve(200, page('<p>uzun bir metin</p>'.repeat(100)))
    const deflated = await get('/tr', { 'accept-encoding': 'deflate, br' })
    expect(deflated.headers['content-encoding']).toBe('deflate')
    expect(inflateSync(deflated.body).toString('utf8')).toContain('<h1>Soru 3</h1>')
    // Refused by its weight, or not named at all: the page goes out as it is.
    for (const refused of ['gzip;q=0', 'br, zstd', 'identity']) {
      const answer = await get('/tr', { 'accept-encoding': refused })
      expect(answer.headers['content-encoding']).toBeUndefined()
      expect(answer.body.toString('utf8')).toContain('<h1>Soru 3</h1>')
    }
  })

  it('keeps everything when it is not a whole 200 page, a preview, or another route', async () => {
    expect((await (await serve(404))('/tr/questions/3')).body.toString()).toBe(page())
    server?.close()
    const get = await serve()
    expect((await get('/tr/questions/3', { cookie: '__prerender_bypass=1' })).body.toString()).toBe(page())
    expect((await get('/tr/assessment/team/abc')).body.toString()).toBe(page())
  })

  it('over its size bound goes out as rendered, scripts included', async () => {
    const big = page('x'.repeat(limits.readingPageBytes))
    const answer = await (await serve(200, big))('/tr/resources')
    expect(answer.body.toString()).toBe(big)
  })
})

describe('which pages are reading pages', () => {
  it.each([
    '/tr',
    '/en/',
    '/tr/about',
    '/tr/accessibility',
    '/tr/questions/3',
    '/tr/questions/3/2',
    '/tr/resources',
    '/tr/search',
  ])('%s is', (path) => expect(isReadingPage(path)).toBe(true))
  it.each([
    '/',
    '/xx',
    '/xx/questions/3',
    '/tr/assessment',
    '/tr/assessment/report',
    '/tr/questions',
    '/tr/questions/a',
    '/admin',
    '/api/health',
    '/preview',
  ])('%s is not', (path) => expect(isReadingPage(path)).toBe(false))
})

describe('which pages leave without Next.js’s scripts', () => {
  it.each(['/tr', '/tr/questions/3/2', '/tr/assessment', '/en/assessment/area/2', '/tr/assessment/report'])(
    '%s does (a reading page or a step of the self-assessment, which has its own script)',
    (path) => expect(leavesWithoutNextScripts(path)).toBe(true),
  )
  it.each([
    '/xx/assessment',
    '/tr/assessment/area/x',
    '/tr/assessment/team',
    '/tr/assessment/team/abc/results',
    '/admin',
    '/preview',
  ])('%s does not', (path) => expect(leavesWithoutNextScripts(path)).toBe(false))
})

describe('a reading page too big to hold', () => {
  it('streams through with the socket’s backpressure: Next.js is told to wait for a slow reader', async () => {
    const piece = 'ş'.repeat(128 * 1024)
    const pieces = Math.ceil(limits.readingPageBytes / Buffer.byteLength(piece)) + 16
    const answers: boolean[] = []
    server = createServer((req, res) =>
      serveWithoutScripts(req, res, () => {
        res.setHeader('content-type', 'text/html; charset=utf-8')
        const writeAll = (left: number): void => {
          if (left === 0) return void res.end()
          const ok = res.write(piece)
          answers.push(ok)
          if (ok) writeAll(left - 1)
          else res.once('drain', () => writeAll(left - 1))
        }
        writeAll(pieces)
      }),
    )
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve))
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    const received = await new Promise<number>((resolve, reject) =>
      httpGet(`${base}/tr/questions/3`, (res) => {
        // A slow reader: nothing is read for a while, so the socket's buffers fill.
        res.pause()
        let bytes = 0
        setTimeout(() => {
          res.on('data', (chunk: Buffer) => (bytes += chunk.length))
          res.on('end', () => resolve(bytes))
          res.resume()
        }, 300)
      }).on('error', reject),
    )
    // Held until the limit; the write that passes it sends all that was held and says to wait.
    const crossing = Math.floor(limits.readingPageBytes / Buffer.byteLength(piece))
    expect(answers.slice(0, crossing)).not.toContain(false)
    expect(answers[crossing]).toBe(false)
    expect(received).toBe(pieces * Buffer.byteLength(piece))
  })
})
