import type { Metadata } from 'next'
import Link from 'next/link'

import { PageShell } from '@/site/components/PageShell'
import { SentenceWith, UserText } from '@/shared/text/user-text'
import { pageInEveryLocale } from '@/site/alternates'
import { langAttributes } from '@/shared/locales'
import { isPreview, localeOr404 } from '@/site/params'
import { routes } from '@/shared/routes'
import { matchedRuns, search } from '@/site/search'
import { searchIndex } from '@/site/search-index'
import { uiText } from '@/site/ui-text'

// Answers each query from an in-memory index (src/site/search-index.ts), not the database.
export const dynamic = 'force-dynamic'

/** Ranked results shown; more than this is a hint to search more precisely. */
const shownResults = 30

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ q?: string | string[] }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeOr404((await params).locale)
  // Result pages are not worth indexing; the pages they link to are.
  return { title: uiText(locale).searchTitle, robots: { index: false, follow: true } }
}

export default async function SearchPage({ params, searchParams }: Props) {
  const locale = localeOr404((await params).locale)
  const t = uiText(locale)
  const raw = (await searchParams).q
  const query = (Array.isArray(raw) ? raw[0] : (raw ?? '')).trim().slice(0, 200)
  const result = query ? search(await searchIndex(locale), query, shownResults) : null
  const withQuery = (path: string) => (query ? `${path}?q=${encodeURIComponent(query)}` : path)
  return (
    <PageShell
      locale={locale}
      alternates={pageInEveryLocale((l) => withQuery(routes.search(l)))}
      current="search"
      preview={await isPreview()}
    >
      <h1>{t.searchTitle}</h1>
      <form role="search" action={routes.search(locale)} method="get" className="search-form">
        <label htmlFor="q">{t.searchLabel}</label>
        <div className="search-form__row">
          <input id="q" name="q" type="search" defaultValue={query} autoComplete="off" />
          <button type="submit">{t.searchButton}</button>
        </div>
      </form>
      <div aria-live="polite">
        {!result ? <p>{t.searchEmpty}</p> : null}
        {result && result.total === 0 ? <p className="search-none">{t.searchNone}</p> : null}
        {result && result.total > 0 ? (
          <>
            <p className="search-count">
              <SentenceWith sentence={(words) => t.searchResults(result.total, words)} text={query} />
              {result.total > shownResults ? ` ${t.searchFirst(shownResults)}` : ''}
            </p>
            <ol className="search-results">
              {result.hits.map((hit) => (
                <li key={hit.url}>
                  <span className="search-results__type">
                    {t.resultTypes[hit.type]}
                    {hit.question ? ` · ${t.question} ${hit.question}` : ''}
                  </span>
                  <div {...langAttributes(hit.lang, locale)}>
                    <Link href={hit.url}>
                      <UserText text={hit.title} />
                    </Link>
                    {hit.snippet ? (
                      <p>
                        {matchedRuns(hit.snippet, query).map((run, i) =>
                          run.match ? <mark key={i}>{run.text}</mark> : run.text,
                        )}
                      </p>
                    ) : null}
                  </div>
                </li>
              ))}
            </ol>
          </>
        ) : null}
      </div>
    </PageShell>
  )
}
