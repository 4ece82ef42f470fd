import type { Metadata } from 'next'

import { defaultLocale, locales, type Locale } from './locales'

export function siteUrl(): URL {
  return new URL(process.env.SERVER_URL || `http://localhost:${process.env.PORT || 3000}`)
}

/**
 * Title, description, canonical URL, language alternates and Open Graph for a page.
 * `languages` lists the languages the page is really published in: only those get an
 * hreflang alternate (a fallback page is not a translation), plus x-default.
 */
export function pageMetadata(args: {
  locale: Locale
  path: (locale: Locale) => string
  title: string
  description?: string | null
  languages: Locale[]
  type?: 'website' | 'article'
}): Metadata {
  const { locale, path, title, description, languages, type = 'website' } = args
  const alternates: Record<string, string> = {}
  for (const l of locales) if (languages.includes(l.code)) alternates[l.htmlLang] = path(l.code)
  if (languages.includes(defaultLocale)) alternates['x-default'] = path(defaultLocale)
  const summary = description ? description.replace(/\s+/g, ' ').trim().slice(0, 160) : undefined
  return {
    metadataBase: siteUrl(),
    title,
    description: summary,
    alternates: { canonical: path(locale), languages: alternates },
    openGraph: {
      title,
      description: summary,
      type,
      url: path(locale),
      locale: locales.find((l) => l.code === locale)?.htmlLang.replace('-', '_'),
      siteName: 'ROTA · STGM',
    },
  }
}
