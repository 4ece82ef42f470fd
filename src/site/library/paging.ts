import type { Locale } from '@/shared/locales'
import { resourceKinds, type ResourceKind } from '@/shared/links/resource-kind'
import { routes } from '@/shared/routes'

/**
 * Resources on one page of the library. At 4,200 resources the whole list was over 4 MB;
 * 40 entries keep a page (with each entry's citing advice) well under 100 KB.
 */
export const libraryPageSize = 40

/** The library's view as the address asks for it: a kind, an area (its slug) and a page. */
export type LibraryQuery = { kind: ResourceKind | null; area: string | null; page: number }

type Raw = string | string[] | undefined

const first = (value: Raw): string => (Array.isArray(value) ? (value[0] ?? '') : (value ?? '')).trim()

/**
 * Reads `?kind=`, `?area=` and `?page=` as a stranger may write them. A kind or area the library
 * does not have, or a page that is not a plain number, falls back to the whole library's first
 * page: an address with a stale or mistyped filter still shows resources, never an error.
 * Whether the page exists is decided once the filtered list is known (`pageOf`).
 */
export function readLibraryQuery(
  params: { kind?: Raw; area?: Raw; page?: Raw },
  areaKeys: ReadonlySet<string>,
): LibraryQuery {
  const kind = first(params.kind)
  const area = first(params.area)
  const page = first(params.page)
  return {
    kind: (resourceKinds as readonly string[]).includes(kind) ? (kind as ResourceKind) : null,
    area: areaKeys.has(area) ? area : null,
    page: /^[1-9]\d{0,5}$/.test(page) ? Number(page) : 1,
  }
}

/** The entries of one page, or null when the page is past the last one (the page answers 404). */
export function pageOf<T>(entries: readonly T[], page: number): { items: T[]; pages: number; from: number } | null {
  const pages = Math.max(1, Math.ceil(entries.length / libraryPageSize))
  if (page > pages) return null
  const from = (page - 1) * libraryPageSize
  return { items: entries.slice(from, from + libraryPageSize), pages, from }
}

/** The library's address for a view; the first page and an empty filter are left out of it. */
export function libraryHref(locale: Locale, query: LibraryQuery): string {
  const search = new URLSearchParams()
  if (query.kind) search.set('kind', query.kind)
  if (query.area) search.set('area', query.area)
  if (query.page > 1) search.set('page', String(query.page))
  const text = search.toString()
  return text ? `${routes.resources(locale)}?${text}` : routes.resources(locale)
}

/**
 * The page numbers a page links to: the first, the last, and two either side of the current one,
 * with null where numbers are left out. A hundred pages still give a short row of links.
 */
export function pageLinks(current: number, pages: number): Array<number | null> {
  const shown = [...new Set([1, current - 2, current - 1, current, current + 1, current + 2, pages])]
    .filter((n) => n >= 1 && n <= pages)
    .sort((a, b) => a - b)
  return shown.flatMap((n, i) => (i > 0 && n - shown[i - 1] > 1 ? [null, n] : [n]))
}
