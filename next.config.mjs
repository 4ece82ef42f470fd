import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The admin and the site are served by one Node process; no external image hosts are used.
  poweredByHeader: false,
  // One copy of Payload at run time: bundled per route it was duplicated, and errors our
  // hooks throw failed Payload's \`instanceof\` checks, so their messages never reached editors.
  serverExternalPackages: ['payload'],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
