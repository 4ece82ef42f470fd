import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The admin and the site are served by one Node process; no external image hosts are used.
  poweredByHeader: false,
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
