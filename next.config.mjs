import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The admin and the site are served by one Node process; no external image hosts are used.
  poweredByHeader: false,
  // One copy of Payload at run time: bundled per route it was duplicated, and errors our
  // hooks throw failed Payload's \`instanceof\` checks, so their messages never reached editors.
  serverExternalPackages: [
    'payload',
    // Its database stores load drizzle-orm or mongoose by a computed import at run time, which a
    // bundle cannot resolve: loaded by Node, it finds the same copies Payload uses.
    'rate-limiter-flexible',
  ],
  // Fixed at build time, so only headers that hold wherever the app runs (HSTS depends on the
  // deployment: src/cli/serve.ts adds it to answers that came over HTTPS). docs/operations/security.md
  // says what the Content-Security-Policy permits and why.
  async headers() {
    const policy = (frameAncestors) =>
      [
        "default-src 'self'",
        // Next.js streams each page's data as inline <script> tags whose content differs per
        // page; nonces would make every page uncacheable, so inline scripts stay allowed and
        // eval does not. Scripts from other hosts never run.
        "script-src 'self' 'unsafe-inline'",
        // React and Payload's admin set style attributes.
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        `frame-ancestors ${frameAncestors}`,
      ].join('; ')
    const everywhere = [
      { key: 'X-Content-Type-Options', value: 'nosniff' },
      { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
      { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
      // Pages may be framed by this site only: the admin's live preview shows them beside the editor.
      { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
      { key: 'Content-Security-Policy', value: policy("'self'") },
    ]
    // The admin is never framed, not even by this site: no clickjacking of an editor's session.
    const admin = [
      { key: 'X-Frame-Options', value: 'DENY' },
      { key: 'Content-Security-Policy', value: policy("'none'") },
    ]
    return [
      { source: '/:path*', headers: everywhere },
      { source: '/admin', headers: admin },
      { source: '/admin/:path*', headers: admin },
    ]
  },
  experimental: {
    // Rendered pages are kept in memory only, so a restart always serves the database's
    // current content (e.g. after an import run while the site was stopped).
    isrFlushToDisk: false,
  },
}

const config = withPayload(nextConfig, { devBundleServerPackages: false })

/**
 * Payload asks every page for the reader's colour scheme (Accept-CH, Critical-CH,
 * Vary: Sec-CH-Prefers-Color-Scheme) for its admin theme. On public pages that made the browser
 * repeat its first request (about 600 ms on a phone, measured with Lighthouse) and split caches
 * by colour scheme for nothing: those headers go to the admin only.
 */
const withPayloadHeaders = config.headers
config.headers = async () =>
  (await withPayloadHeaders()).flatMap((rule) =>
    rule.source === '/:path*' && rule.headers.some((header) => header.key === 'Critical-CH')
      ? [
          { ...rule, source: '/admin' },
          { ...rule, source: '/admin/:path*' },
        ]
      : [rule],
  )

export default config
