import type { IncomingMessage, OutgoingHttpHeader, OutgoingHttpHeaders, ServerResponse } from 'node:http'
import { deflate, gzip } from 'node:zlib'

import { acceptedCoding } from '@/cli/content-coding'
import { inDraftMode } from '@/cli/next-internals'
import { chunkBytes } from '@/cli/response-chunk'
import { limits } from '@/shared/limits'
import { leavesWithoutNextScripts } from '@/shared/routes'

/**
 * Next.js's own scripts in a rendered page: the chunks (async and noModule), their preloads,
 * the runtime's chunk list and the page's data for React (`self.__next_f`). React escapes
 * `</script` inside that data, so a script ends at the first `</script>`. Any other inline
 * script (a page's own progressive enhancement, e.g. the resource filter) stays.
 */
const nextScripts = [
  /<link rel="preload" as="script"[^>]*>/g,
  /<script src="\/_next\/static\/[^"]*"[^>]*><\/script>/g,
  /<script id="_R_">[\s\S]*?<\/script>/g,
  /<script>(?:\(self\.__next_f=self\.__next_f\|\|\[\]\)|self\.__next_f)\.push\([\s\S]*?<\/script>/g,
]

export function withoutNextScripts(html: string): string {
  return nextScripts.reduce((page, script) => page.replace(script, ''), html)
}

/**
 * Reading pages go to readers without Next.js's JavaScript. They are documents: links, the
 * search form and the resource filter work without it, and on a phone the framework's
 * 160 KB of scripts and React's hydration of the whole page were most of the wait
 * (Lighthouse mobile: performance 81–98 with them, 100 without; docs/development/benchmarks.md). What is lost is Next.js's navigation without page loads, which the caching
 * proxy makes cheap anyway. The self-assessment's start, areas and report leave without them
 * too, with a small script of their own that keeps the answers (routes.ts, leavesWithoutNextScripts;
 * docs/decisions/009-assessment-without-nextjs-scripts.md). Previews keep the scripts (live
 * preview refreshes through them), as do team pages and the admin, and any answer but a whole
 * 200 HTML page.
 *
 * Next.js is asked for the page uncompressed, so it can be rewritten; it is compressed here
 * in the coding Next.js's own compression would choose (content-coding.ts: gzip when the reader
 * accepts it, else deflate), which is also the coding the page copies are kept by.
 */
export function serveWithoutScripts(req: IncomingMessage, res: ServerResponse, pass: () => void): void {
  const pathname = (req.url ?? '/').split('?')[0]
  if (req.method !== 'GET' || !leavesWithoutNextScripts(pathname) || inDraftMode(req)) return pass()
  const coding = acceptedCoding(req.headers['accept-encoding'])
  delete req.headers['accept-encoding']

  const real = { writeHead: res.writeHead, write: res.write, end: res.end, flushHeaders: res.flushHeaders }
  const chunks: Buffer[] = []
  let size = 0
  const restore = () => Object.assign(res, real)
  // Too big to hold: what was held goes out as it came, and the rest streams through. From
  // here Next.js gets the socket's own answer, so it waits for 'drain' when the reader is slow.
  const giveUp = (done?: () => void): boolean => {
    restore()
    const held = chunks.splice(0)
    return held.map((chunk, index) => (index === held.length - 1 ? res.write(chunk, done) : res.write(chunk))).at(-1)!
  }

  // Headers are held with the body: Next.js sets them, and may flush them, before its first write.
  res.writeHead = ((status: number, ...rest: unknown[]) => {
    res.statusCode = status
    const headers = rest.find((arg) => typeof arg === 'object' && arg !== null) as
      OutgoingHttpHeaders | OutgoingHttpHeader[] | undefined
    if (headers && !Array.isArray(headers))
      for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, value)
    return res
  }) as ServerResponse['writeHead']
  res.flushHeaders = () => {}
  res.write = ((chunk: unknown, encoding?: unknown, callback?: unknown) => {
    const buffer = chunkBytes(chunk, encoding)
    if (buffer) {
      chunks.push(buffer)
      size += buffer.length
    }
    const done = [encoding, callback].find((arg) => typeof arg === 'function') as (() => void) | undefined
    if (size > limits.readingPageBytes) return giveUp(done)
    // Held in memory, at most limits.readingPageBytes: nothing for Next.js to wait for.
    done?.()
    return true
  }) as ServerResponse['write']
  res.end = ((chunk?: unknown, encoding?: unknown, callback?: unknown) => {
    const buffer = chunkBytes(chunk, encoding)
    const done = [chunk, encoding, callback].find((arg) => typeof arg === 'function') as (() => void) | undefined
    if (buffer) {
      chunks.push(buffer)
      size += buffer.length
    }
    restore()
    let body = Buffer.concat(chunks)
    const type = String(res.getHeader('content-type') ?? '')
    if (res.statusCode === 200 && type.startsWith('text/html') && size <= limits.readingPageBytes)
      body = Buffer.from(withoutNextScripts(body.toString('utf8')))
    res.removeHeader('transfer-encoding')
    const vary = String(res.getHeader('vary') ?? '')
    if (!/accept-encoding/i.test(vary)) res.setHeader('Vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding')
    const send = (bytes: Buffer) => {
      res.setHeader('Content-Length', bytes.length)
      res.end(bytes, done)
    }
    if (coding === 'identity' || body.length <= 1024 || res.getHeader('content-encoding')) send(body)
    else {
      // In zlib's thread pool, not on the event loop: gzipSync of a 4 MB page held every other
      // reader 38 ms (measured). A page that cannot be compressed goes out as it is.
      const plain = body
      ;(coding === 'gzip' ? gzip : deflate)(plain, (error, compressed) => {
        if (error) return send(plain)
        res.setHeader('Content-Encoding', coding)
        send(compressed)
      })
    }
    return res
  }) as ServerResponse['end']
  pass()
}
