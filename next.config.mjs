import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The admin and the site are served by one Node process; no external image hosts are used.
  poweredByHeader: false,
  // One copy of Payload at run time: bundled per route it was duplicated, and errors our
  // hooks throw failed Payload's \`instanceof\` checks, so their messages never reached editors.
  serverExternalPackages: ['payload'],
  experimental: {
    // Rendered pages are kept in memory only, so a restart always serves the database's
    // current content (e.g. after an import run while the site was stopped).
    isrFlushToDisk: false,
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
