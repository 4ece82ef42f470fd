import type { Metadata } from 'next'

import { withoutInvisibleCharacters } from '@/shared/text/invisible-characters'
import { defaultLocale, locales, type Locale } from '@/shared/locales'
import { env } from '@/shared/server/environment'

/**
 * A description cut at a word boundary. Next.js repeats it for Open Graph and Twitter, and
 * the page carries each copy twice, so 120 characters rather than the usual 160.
 */
function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= max) return flat
  const cut = flat.slice(0, max - 1)
  return `${cut.slice(0, cut.lastIndexOf(' ') > 60 ? cut.lastIndexOf(' ') : cut.length)}…`
}

export function siteUrl(): URL {
  return new URL(env().SERVER_URL ?? `http://localhost:${env().PORT}`)
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
  const { locale, path, languages, type = 'website' } = args
  // A `<title>` and a meta description have no markup to isolate a title in: a bidi control or
  // an invisible character stored before they were refused is left out (invisible-characters.ts).
  const title = withoutInvisibleCharacters(args.title)
  const description = args.description ? withoutInvisibleCharacters(args.description) : args.description
  const alternates: Record<string, string> = {}
  for (const l of locales) if (languages.includes(l.code)) alternates[l.htmlLang] = path(l.code)
  if (languages.includes(defaultLocale)) alternates['x-default'] = path(defaultLocale)
  const summary = description ? shorten(description, 120) : undefined
  return {
    metadataBase: siteUrl(),
    title,
    description: summary,
    alternates: { canonical: path(locale), languages: alternates },
    openGraph: {
      title,
      type,
      url: path(locale),
      locale: locales.find((l) => l.code === locale)?.htmlLang.replace('-', '_'),
      siteName: 'ROTA · STGM',
    },
  }
}
