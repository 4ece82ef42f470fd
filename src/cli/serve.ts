/**
 * The production server that `npm start` runs: Next.js's own request handler (the same one
 * `next start` uses) behind a plain Node HTTP server that does, before Next.js sees a
 * request, what only the server's edge can do:
 *
 * - The client's address is the socket's, or with TRUSTED_PROXIES=N (N proxies such as nginx
 *   in front, each appending to X-Forwarded-For) the address the outermost trusted proxy
 *   saw. Whatever a client wrote in X-Forwarded-* itself is dropped: the sign-in throttle
 *   (src/cms/request-guard) counts per address and must not be fooled by a forged header.
 * - A script nonce in the request's own Content-Security-Policy is dropped: the app uses none,
 *   and Next.js wrote it into the page it then kept for every reader (next-internals.ts).
 * - An address that cannot be decoded (`/%E0%A4%A`) or is absurdly long is answered 400/414
 *   here; Next.js would fail on it with a 500.
 * - Rendered reports and reading pages are served from a copy kept until editors publish
 *   (page-copies.ts), for readers' plain requests only (next-internals.ts).
 * - Reading pages go out without Next.js's JavaScript (without-scripts.ts).
 * - HSTS on answers that came over HTTPS (the other security headers: next.config.mjs).
 * - How long the caching proxy in front may keep an answer (X-Accel-Expires), and that it may
 *   not keep the answer to anything but a reader's plain request.
 * - Publishes made by other instances on the same database (content-watch.ts).
 * - Readers' advice pages counted per week, for the admin's "İçgörüler" (src/shared/insights/page-views.ts).
 * - A request id on every answer and log line (JSON in production, src/shared/server/log.ts), and a
 *   shutdown on SIGTERM that lets the requests in flight finish.
 */
import { randomUUID } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { Server } from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import next from 'next'

import { replaceOkStatus } from '@/cli/answer-tap'
import { watchContent } from '@/cli/content-watch'
import { botKind, unusedNonceHeaders } from '@/cli/next-internals'
import { isPlainRequest, PageCopies } from '@/cli/page-copies'
import { serveWithoutScripts } from '@/cli/without-scripts'
import { plainHttpWarning } from '@/cms/session-cookie'
import { countView } from '@/shared/insights/page-views'
import { withAnswerStatus } from '@/shared/team/answer-status'
import { edgeClientAddress } from '@/shared/requests/client-address'
import { logEvent, requestContext } from '@/shared/server/log'
import { markShuttingDown } from '@/shared/server/shutdown'
import { env } from '@/shared/server/environment'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const { PORT: port, TRUSTED_PROXIES: trustedProxies } = env()
const maxUrlChars = 8 * 1024
/** How long in-flight requests may take to finish after SIGTERM before the process exits anyway. */
const shutdownGraceMs = 10_000

/**
 * The id of this request: the proxy's (nginx's $request_id) when a trusted proxy sent one, so
 * the proxy's log and ours name the same request; otherwise our own.
 */
function requestIdOf(req: IncomingMessage): string {
  const given = req.headers['x-request-id']
  if (trustedProxies > 0 && typeof given === 'string' && /^[A-Za-z0-9._-]{8,128}$/.test(given)) return given
  return randomUUID()
}

function refuse(res: ServerResponse, status: 400 | 414, request: IncomingMessage): void {
  logEvent('warn', `[serve] ${status} ${request.method} ${JSON.stringify((request.url ?? '').slice(0, 120))}`)
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
  const copies = new PageCopies()
  let stopWatching = () => {}
  let stopping = false
  const server = createServer((req, res) => {
    if (stopping) res.setHeader('Connection', 'close')
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
    for (const header of unusedNonceHeaders) delete req.headers[header]
    // Only an answer that came over HTTPS may tell the browser to keep to HTTPS: over plain
    // HTTP (a local start) the header would be a lie the browser ignores anyway.
    if (req.headers['x-forwarded-proto'] === 'https' || (req.socket as { encrypted?: boolean }).encrypted)
      res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains')
    // For the caching proxy in front (nginx/templates): keep this answer until the end of the
    // current second at most. nginx counts its own `proxy_cache_valid 1s` in whole seconds, so
    // alone it may keep a page almost 2 s; a publish must show within 2 s, render included.
    // nginx removes the header before answering; without nginx it means nothing to browsers.
    // What Next.js answers a request that is not a reader's plain GET (its router's data, a
    // prefetch: next-internals.ts) is never kept (0), nor what it renders for a crawler: the
    // proxy's key does not tell crawlers apart, and the answer would go to every reader.
    const shared = isPlainRequest(req) && !botKind(req.headers['user-agent'])
    res.setHeader('X-Accel-Expires', shared ? `@${Math.floor(Date.now() / 1000)}` : '0')
    const requestId = requestIdOf(req)
    res.setHeader('X-Request-Id', requestId)
    const started = performance.now()
    res.on('finish', () => {
      // A reader's advice page: counted for "İçgörüler" (a number per advice and week, nothing
      // about the reader). Behind the caching proxy, readers of one page within the second it
      // keeps the answer count once.
      if (shared && res.statusCode === 200) countView(url.split('?')[0])
      // Answers that went wrong, or slowly, are logged with their id; the rest is the proxy's access log.
      const ms = Math.round(performance.now() - started)
      if (res.statusCode >= 500 || ms > 2_000)
        requestContext.run({ requestId }, () =>
          logEvent(res.statusCode >= 500 ? 'error' : 'warn', `${req.method} ${url.slice(0, 120)} ${res.statusCode}`, {
            status: res.statusCode,
            ms,
          }),
        )
    })
    requestContext.run({ requestId }, () =>
      withAnswerStatus((asked) => {
        // A page that asked for a status Next.js cannot set (src/shared/team/answer-status.ts: a
        // deleted team's links, 410) gets it when its head is written.
        replaceOkStatus(res, () => asked.status)
        copies.serve(req, res, () => serveWithoutScripts(req, res, () => void handle(req, res)))
      }),
    )
  })
  // Idle keep-alive connections stay open longer than clients and proxies keep them (nginx 60 s,
  // Node's fetch about 4 s). With Node's default of 5 s the server closed a connection at the
  // moment a client reused it after a pause, and the reader got "other side closed" (seen in CI).
  server.keepAliveTimeout = 65_000
  server.headersTimeout = 66_000
  server.listen(port, () => {
    logEvent('info', `[rota] ready on http://localhost:${port}`)
    const warning = plainHttpWarning()
    if (warning) logEvent('warn', `[rota] ${warning}`)
    stopWatching = watchContent(port, env().PAYLOAD_SECRET ?? '')
  })
  // On SIGTERM: let the requests in flight finish, then stop. Closing the listener at once
  // resets connections the kernel has accepted but Node has not picked up yet (readers got
  // ECONNRESET, measured), and Node's http close() also drops open connections whose request
  // is not read yet. So: answers from now on close their connection, the listener closes a
  // second later (connections already made are picked up by then), connections still carrying
  // no request are closed a second after that, and once the last one ends Next.js closes and
  // the process exits.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) return
      stopping = true
      markShuttingDown()
      logEvent('info', `[rota] ${signal}: finishing the requests in flight, then stopping`)
      stopWatching()
      // The listener closes from setImmediate, after one more poll of the sockets: a server
      // busy rendering for over a second ran this timer before it had picked up connections
      // the kernel accepted meanwhile, and those readers got ECONNRESET (seen in CI under load).
      const closeListener = () =>
        Server.prototype.close.call(
          server,
          () =>
            void app.close().finally(() => {
              logEvent('info', '[rota] stopped: every request answered')
              process.exit(0)
            }),
        )
      setTimeout(() => {
        setImmediate(closeListener)
        setTimeout(() => server.closeIdleConnections(), 1_000).unref()
      }, 1_000).unref()
      setTimeout(() => {
        logEvent('warn', `[rota] requests still running after ${shutdownGraceMs / 1000} s: stopping anyway`)
        process.exit(1)
      }, shutdownGraceMs).unref()
    })
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main()
