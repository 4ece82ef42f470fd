import type { MetadataRoute } from 'next'

import { siteUrl } from '@/site/seo'

export const dynamic = 'force-dynamic'

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/admin', '/api', '/preview'] },
    sitemap: new URL('/sitemap.xml', siteUrl()).toString(),
  }
}
