/**
 * The production server that `npm start` runs: Next.js's own request handler (the same one
 * `next start` uses) behind a plain Node HTTP server that does, before Next.js sees a
 * request, what only the server's edge can do:
 *
 * - The client's address is the socket's, or with TRUSTED_PROXIES=N (N proxies such as nginx
 *   in front, each appending to X-Forwarded-For) the address the outermost trusted proxy
 *   saw. Whatever a client wrote in X-Forwarded-* itself is dropped: the sign-in throttle
 *   (src/cms/request-guard) counts per address and must not be fooled by a forged header.
 * - An address that cannot be decoded (`/%E0%A4%A`) or is absurdly long is answered 400/414
 *   here; Next.js would fail on it with a 500.
 * - Rendered reports are served from a copy kept until editors publish (report-cache.ts).
 * - HSTS on answers that came over HTTPS (the other security headers: next.config.mjs).
 * - How long the caching proxy in front may keep an answer (X-Accel-Expires).
 * - Publishes made by other instances on the same database (content-watch.ts).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import next from 'next'

import { watchContent } from '@/cli/content-watch'
import { ReportCache } from '@/cli/report-cache'
import { plainHttpWarning } from '@/cms/session-cookie'
import { edgeClientAddress } from '@/shared/client-address'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const port = Number(process.env.PORT || 3000)
const trustedProxies = Math.max(0, Number(process.env.TRUSTED_PROXIES || 0) || 0)
const maxUrlChars = 8 * 1024

function refuse(res: ServerResponse, status: 400 | 414, request: IncomingMessage): void {
  console.warn(`[serve] ${status} ${request.method} ${JSON.stringify((request.url ?? '').slice(0, 120))}`)
  res.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  })
  res.end(`<!doctype html><html lang="tr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Geçersiz adres · ROTA</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5">
<h1>Geçersiz adres</h1><p>Bu adres okunamadı. <a href="/">Ana sayfaya dönün</a>.</p>
<p lang="en">This address could not be read. <a href="/">Go to the home page</a>.</p></body></html>`)
}

/** Whether the request line's path can be decoded at all (Next.js decodes it and fails with a 500). */
function decodable(url: string): boolean {
  try {
    decodeURIComponent(url.split('?')[0])
    return true
  } catch {
    return false
  }
}

async function main(): Promise<void> {
  const app = next({ dev: false, dir: root, port })
  const handle = app.getRequestHandler()
  await app.prepare()
  const reports = new ReportCache()
  let stopWatching = () => {}
  const server = createServer((req, res) => {
    const url = req.url ?? '/'
    if (url.length > maxUrlChars) return refuse(res, 414, req)
    if (!decodable(url)) return refuse(res, 400, req)
    const address = edgeClientAddress(
      req.headers['x-forwarded-for'] as string | undefined,
      req.socket.remoteAddress,
      trustedProxies,
    )
    if (trustedProxies === 0) {
      for (const header of ['x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-port']) delete req.headers[header]
    }
    req.headers['x-forwarded-for'] = address
    // Only an answer that came over HTTPS may tell the browser to keep to HTTPS: over plain
    // HTTP (a local start) the header would be a lie the browser ignores anyway.
    if (req.headers['x-forwarded-proto'] === 'https' || (req.socket as { encrypted?: boolean }).encrypted)
      res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains')
    // For the caching proxy in front (nginx/templates): keep this answer until the end of the
    // current second at most. nginx counts its own `proxy_cache_valid 1s` in whole seconds, so
    // alone it may keep a page almost 2 s; a publish must show within 2 s, render included.
    // nginx removes the header before answering; without nginx it means nothing to browsers.
    res.setHeader('X-Accel-Expires', `@${Math.floor(Date.now() / 1000)}`)
    reports.serve(req, res, () => void handle(req, res))
  })
  // Idle keep-alive connections stay open longer than clients and proxies keep them (nginx 60 s,
  // Node's fetch about 4 s). With Node's default of 5 s the server closed a connection at the
  // moment a client reused it after a pause, and the reader got "other side closed" (seen in CI).
  server.keepAliveTimeout = 65_000
  server.headersTimeout = 66_000
  server.listen(port, () => {
    console.log(`[rota] ready on http://localhost:${port}`)
    const warning = plainHttpWarning()
    if (warning) console.warn(`[rota] ${warning}`)
    stopWatching = watchContent(port, (process.env.PAYLOAD_SECRET ?? '').trim())
  })
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      stopWatching()
      server.close()
      void app.close().finally(() => process.exit(0))
      setTimeout(() => process.exit(0), 5_000).unref()
    })
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main()
