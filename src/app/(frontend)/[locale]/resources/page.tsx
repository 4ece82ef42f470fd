import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { UserText } from '@/shared/text/user-text'
import { InLang } from '@/site/components/InLang'
import { PageShell } from '@/site/components/PageShell'
import { kindLabel, LinkFailed } from '@/site/components/ResourceList'
import { pageInEveryLocale } from '@/site/alternates'
import { resourceLibrary, type Library } from '@/site/library/library'
import { LibraryFilter } from '@/site/library/LibraryFilter'
import { LibraryPages } from '@/site/library/LibraryPages'
import { libraryHref, pageOf, readLibraryQuery, type LibraryQuery } from '@/site/library/paging'
import { isPreview, localeOr404 } from '@/site/params'
import type { Locale } from '@/shared/locales'
import { routes } from '@/shared/routes'
import { safeHref } from '@/rich-text/safe-url'
import { pageMetadata } from '@/site/seo'
import { uiLanguages, uiText } from '@/site/ui-text'

// The address chooses the page and filter; the library itself is built once per published change.
export const dynamic = 'force-dynamic'

type Params = { kind?: string | string[]; area?: string | string[]; page?: string | string[] }
type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Params> }

async function view(props: Props): Promise<{ locale: Locale; library: Library; query: LibraryQuery }> {
  const locale = localeOr404((await props.params).locale)
  const library = await resourceLibrary(locale)
  const query = readLibraryQuery(await props.searchParams, new Set(library.areas.map((a) => a.key)))
  return { locale, library, query }
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale, query } = await view(props)
  const t = uiText(locale)
  const metadata = pageMetadata({
    locale,
    path: (l) => libraryHref(l, query),
    title: query.page > 1 ? `${t.resourcesTitle} · ${t.pageNumber(query.page)}` : t.resourcesTitle,
    description: t.resourcesIntro,
    languages: uiLanguages,
  })
  // Every page of the whole library is in the sitemap; a filtered list is the same resources again.
  return query.kind || query.area ? { ...metadata, robots: { index: false, follow: true } } : metadata
}

export default async function ResourcesPage(props: Props) {
  const { locale, library, query } = await view(props)
  const t = uiText(locale)
  const filtered = library.entries.filter(
    (r) => (!query.kind || r.kind === query.kind) && (!query.area || r.areas.includes(query.area)),
  )
  const shown = pageOf(filtered, query.page)
  if (!shown) notFound()
  return (
    <PageShell
      locale={locale}
      alternates={pageInEveryLocale((l) => libraryHref(l, query))}
      current="resources"
      preview={await isPreview()}
    >
      <h1>{t.resourcesTitle}</h1>
      <p className="lead">{t.resourcesIntro}</p>
      {library.entries.length === 0 ? (
        <p>{t.noResources}</p>
      ) : (
        <>
          <LibraryFilter library={library} query={query} locale={locale} />
          <p className="library-count" role="status">
            {t.libraryCount(shown.from + 1, shown.from + shown.items.length, filtered.length)}
            {query.kind || query.area ? (
              <>
                {' '}
                <a href={routes.resources(locale)}>{t.clearFilter}</a>
              </>
            ) : null}
          </p>
        </>
      )}
      <ul id="resource-library" className="library">
        {shown.items.map((r) => (
          <li key={r.id} id={`resource-${r.id}`} data-kind={r.kind ?? 'webpage'} className="library__item">
            <h2 className="library__title">
              <a href={safeHref(r.url) ?? undefined}>
                <InLang text={r.title} page={locale} marked />
              </a>
            </h2>
            <p className="resource-list__meta">
              {kindLabel(r.kind, locale)}
              {r.kind && r.publisher ? ' · ' : null}
              {r.publisher ? <UserText text={r.publisher} /> : null}
            </p>
            <LinkFailed resource={r} locale={locale} />
            <details className="library__cited">
              <summary>
                {t.citedBy} ({r.citedBy.length})
              </summary>
              <ul>
                {r.citedBy.map((c) => (
                  <li key={`${c.question}-${c.choice}`}>
                    <Link href={routes.advice(locale, c.question, c.choice)} prefetch={false}>
                      {t.question} {c.question}, {t.choice.toLocaleLowerCase(locale)} {c.choice}:{' '}
                      <InLang text={c.label} page={locale} marked />
                    </Link>
                  </li>
                ))}
              </ul>
            </details>
          </li>
        ))}
      </ul>
      <LibraryPages query={query} pages={shown.pages} locale={locale} />
    </PageShell>
  )
}
