import { env } from '@/shared/server/environment'

/** Host names a browser treats as this machine, where plain HTTP is a secure context. */
const loopbackHost = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/

/**
 * Whether the session cookie is `Secure`: over HTTPS always, and on any production server that
 * is not this machine, because a session sent over plain HTTP can be read on the way.
 * A production server configured with a public http:// address then cannot sign anyone in,
 * which `npm start` says at start (src/cli/serve.ts) instead of leaking sessions.
 * A local trial (`npm start` on http://localhost) keeps a plain cookie: the browser would
 * accept a Secure one there too, but other clients (curl, tests) would not send it back.
 */
export function sessionCookieSecure(serverUrl = env().SERVER_URL ?? '', nodeEnv = process.env.NODE_ENV): boolean {
  let url: URL | null = null
  try {
    url = serverUrl ? new URL(serverUrl) : null
  } catch {
    // Not a URL: treated as unknown below.
  }
  if (url?.protocol === 'https:') return true
  if (nodeEnv !== 'production') return false
  return !(url === null || loopbackHost.test(url.hostname))
}

/** The warning for a production server whose sessions can only travel over HTTPS but whose address is http://. */
export function plainHttpWarning(serverUrl = env().SERVER_URL ?? ''): string | null {
  if (!serverUrl.startsWith('http://') || !sessionCookieSecure(serverUrl, 'production')) return null
  return `SERVER_URL is ${serverUrl}: session cookies are Secure in production, so signing in works only over HTTPS. Serve the site over HTTPS (e.g. TLS at the proxy) and set SERVER_URL=https://…`
}
