import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import type { ReactNode } from 'react'

import { SiteFooter } from '@/components/SiteFooter'
import { isLocale, locales } from '@/lib/locales'
import { uiText } from '@/lib/ui-text'

import '../styles.css'

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

// Pages render on their first visit and stay cached until editors publish a change
// (see src/lib/revalidate.ts); the build itself never reads the database.
export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = uiText(locale)
  return { title: { default: t.siteName, template: `%s · ${t.siteName}` }, description: t.siteTagline }
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = uiText(locale)
  const htmlLang = locales.find((l) => l.code === locale)?.htmlLang ?? locale
  return (
    <html lang={htmlLang}>
      <body>
        <a className="skip-link" href="#main">
          {t.skipToContent}
        </a>
        {children}
        <SiteFooter locale={locale} />
      </body>
    </html>
  )
}
