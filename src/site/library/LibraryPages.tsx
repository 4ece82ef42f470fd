import { libraryHref, pageLinks, type LibraryQuery } from '@/site/library/paging'
import type { Locale } from '@/shared/locales'
import { uiText } from '@/site/ui-text'

/** Links to the other pages of the same filtered list: previous, numbers, next. */
export function LibraryPages({ query, pages, locale }: { query: LibraryQuery; pages: number; locale: Locale }) {
  if (pages <= 1) return null
  const t = uiText(locale)
  const href = (page: number) => libraryHref(locale, { ...query, page })
  return (
    <nav className="library-pages" aria-label={t.pages}>
      <ul>
        {query.page > 1 ? (
          <li>
            <a href={href(query.page - 1)} rel="prev">
              {t.previousPage}
            </a>
          </li>
        ) : null}
        {pageLinks(query.page, pages).map((n, i) =>
          n === null ? (
            <li key={`gap-${i}`} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={n}>
              {n === query.page ? (
                <span aria-current="page" aria-label={t.pageNumber(n)}>
                  {n}
                </span>
              ) : (
                <a href={href(n)} aria-label={t.pageNumber(n)}>
                  {n}
                </a>
              )}
            </li>
          ),
        )}
        {query.page < pages ? (
          <li>
            <a href={href(query.page + 1)} rel="next">
              {t.nextPage}
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  )
}
