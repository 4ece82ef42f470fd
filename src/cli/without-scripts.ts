import type { IncomingMessage, ServerResponse } from 'node:http'
import { deflate, gzip } from 'node:zlib'

import { holdAnswer } from '@/cli/answer-tap'
import { acceptedCoding } from '@/cli/content-coding'
import { inDraftMode, nextScriptShapes } from '@/cli/next-internals'
import { limits } from '@/shared/limits'
import { leavesWithoutNextScripts } from '@/shared/routes'

/** The page without Next.js's own scripts (their shapes: next-internals.ts); any other inline script stays. */
export function withoutNextScripts(html: string): string {
  return nextScriptShapes.reduce((page, script) => page.replace(script, ''), html)
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

  holdAnswer(res, limits.readingPageBytes, (held, send) => {
    const type = String(res.getHeader('content-type') ?? '')
    const body =
      res.statusCode === 200 && type.startsWith('text/html') && held.length <= limits.readingPageBytes
        ? Buffer.from(withoutNextScripts(held.toString('utf8')))
        : held
    const vary = String(res.getHeader('vary') ?? '')
    if (!/accept-encoding/i.test(vary)) res.setHeader('Vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding')
    if (coding === 'identity' || body.length <= 1024 || res.getHeader('content-encoding')) return send(body)
    // In zlib's thread pool, not on the event loop: gzipSync of a 4 MB page held every other
    // reader 38 ms (measured). A page that cannot be compressed goes out as it is.
    ;(coding === 'gzip' ? gzip : deflate)(body, (error, compressed) => {
      if (error) return send(body)
      res.setHeader('Content-Encoding', coding)
      send(compressed)
    })
  })
  pass()
}
