import type { MetadataRoute } from 'next'

import { sitemapEntries } from '@/site/sitemap-entries'

// Built from an in-memory copy that is renewed when editors publish; never at build time.
export const dynamic = 'force-dynamic'

export default function sitemap(): Promise<MetadataRoute.Sitemap> {
  return sitemapEntries('all')
}
