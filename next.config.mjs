import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The admin and the site are served by one Node process; no external image hosts are used.
  poweredByHeader: false,
  // One copy of Payload at run time: bundled per route it was duplicated, and errors our
  // hooks throw failed Payload's \`instanceof\` checks, so their messages never reached editors.
  serverExternalPackages: ['payload'],
  // Fixed at build time, so only headers that hold wherever the app runs; HSTS and a full
  // Content-Security-Policy depend on the deployment and belong to the proxy in front of it.
  async headers() {
    const everywhere = [
      { key: 'X-Content-Type-Options', value: 'nosniff' },
      { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
      { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
      // Pages may be framed by this site only: the admin's live preview shows them beside the editor.
      { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
      { key: 'Content-Security-Policy', value: "frame-ancestors 'self'" },
    ]
    // The admin is never framed, not even by this site: no clickjacking of an editor's session.
    const admin = [
      { key: 'X-Frame-Options', value: 'DENY' },
      { key: 'Content-Security-Policy', value: "frame-ancestors 'none'" },
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

export default withPayload(nextConfig, { devBundleServerPackages: false })
