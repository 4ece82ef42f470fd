import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import { NotFoundContent } from '@/components/NotFoundContent'
import { SiteFooter } from '@/components/SiteFooter'
import { getSiteTexts } from '@/lib/content'
import { localeCodes, type Locale } from '@/lib/locales'

export const metadata: Metadata = { robots: { index: false } }

/**
 * Next.js gives a not-found page no params, so the footer is rendered for every language
 * and the client part, which reads the language from the URL, shows the reader's.
 */
export default async function NotFound() {
  const footers = Object.fromEntries(
    await Promise.all(localeCodes.map(async (code) => [code, <SiteFooter key={code} locale={code} texts={await getSiteTexts(code)} />])),
  ) as Record<Locale, ReactNode>
  return <NotFoundContent footers={footers} />
}
