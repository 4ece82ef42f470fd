import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'

import { defaultLocale, direction, htmlLang, isLocale } from '@/shared/locales'
import { siteUrl } from '@/site/seo'
import { uiText } from '@/site/ui-text'

import '@/app/(frontend)/styles.css'

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

// Pages render on their first visit and stay cached until editors publish a change
// (see src/cms/hooks/revalidate.ts); the build itself never reads the database.
export function generateStaticParams() {
  return []
}

/** An address outside the languages (e.g. /foo) still gets the site's layout; its page is the 404. */
const layoutLocale = (value: string) => (isLocale(value) ? value : defaultLocale)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = uiText(layoutLocale((await params).locale))
  return {
    metadataBase: siteUrl(),
    title: { default: t.siteName, template: `%s · ${t.siteName}` },
    description: t.siteTagline,
  }
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#0b5c78' }

export default async function LocaleLayout({ children, params }: Props) {
  const locale = layoutLocale((await params).locale)
  return (
    <html lang={htmlLang(locale)} dir={direction(locale)}>
      <body>
        <a className="skip-link" href="#main">
          {uiText(locale).skipToContent}
        </a>
        {children}
      </body>
    </html>
  )
}
