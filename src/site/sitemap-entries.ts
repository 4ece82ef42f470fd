import type { MetadataRoute } from 'next'

import { getPublishedContent } from '@/site/content'
import { perContentVersion } from '@/site/content-version'
import { resourceLibrary } from '@/site/library/library'
import { libraryHref, pageOf } from '@/site/library/paging'
import { languagesOf } from '@/site/localized'
import { defaultLocale, htmlLang, type Locale } from '@/shared/locales'
import { routes } from '@/shared/routes'
import { siteUrl } from '@/site/seo'
import { uiLanguages } from '@/site/ui-text'

/** One entry per published page and language; a page shown only as a fallback is not listed. */
function entries(path: (l: Locale) => string, languages: Locale[], lastModified?: string): MetadataRoute.Sitemap {
  const base = siteUrl()
  const url = (l: Locale) => new URL(path(l), base).toString()
  const alternates = Object.fromEntries(languages.map((l) => [htmlLang(l), url(l)]))
  return languages.map((l) => ({ url: url(l), lastModified, alternates: { languages: alternates } }))
}

export const sitemapEntries = perContentVersion(async (_: 'all'): Promise<MetadataRoute.Sitemap> => {
  const [{ questions, choices, advice }, library] = await Promise.all([
    getPublishedContent(),
    resourceLibrary(defaultLocale),
  ])
  // Every page of the library, so each resource is one link from a listed page. A missing
  // translation falls back to Turkish, so the library has as many pages in every language.
  const libraryPages = pageOf(library.entries, 1)?.pages ?? 1
  const list: MetadataRoute.Sitemap = [
    ...entries(routes.home, uiLanguages),
    ...Array.from({ length: libraryPages }, (_, i) =>
      entries((l) => libraryHref(l, { kind: null, area: null, page: i + 1 }), uiLanguages),
    ).flat(),
    ...entries(routes.about, uiLanguages),
    ...entries(routes.accessibility, uiLanguages),
  ]
  const questionById = new Map(questions.map((q) => [q.id, q]))
  const adviceByChoice = new Map(advice.map((a) => [a.choice, a]))
  for (const q of questions)
    list.push(...entries((l) => routes.question(l, q.number), languagesOf(q.text), q.updatedAt))
  for (const c of choices) {
    const q = questionById.get(c.question)
    const a = adviceByChoice.get(c.id)
    if (!q || !a) continue
    const languages = languagesOf(a.body).filter((l) => languagesOf(c.label).includes(l))
    list.push(...entries((l) => routes.advice(l, q.number, c.number), languages, a.updatedAt))
  }
  return list
})
