import { describe, expect, it } from 'vitest'

import { libraryHref, libraryPageSize, pageLinks, pageOf, readLibraryQuery } from '@/site/library/paging'

const areas = new Set(['a1', 'a2'])

describe('the resource library’s address', () => {
  it('reads a kind, an area and a page the library has', () => {
    expect(readLibraryQuery({ kind: 'video', area: 'a2', page: '3' }, areas)).toEqual({
      kind: 'video',
      area: 'a2',
      page: 3,
    })
  })

  it('falls back to the whole library’s first page for what it cannot read, never an error', () => {
    for (const page of ['0', '-1', 'abc', '2abc', '1e3', '99999999999', '', ' ']) {
      expect(readLibraryQuery({ page }, areas).page).toBe(1)
    }
    expect(readLibraryQuery({ kind: 'podcast', area: 'nope' }, areas)).toEqual({ kind: null, area: null, page: 1 })
    // A repeated parameter is read once: the first.
    expect(readLibraryQuery({ kind: ['course', 'video'], page: ['2', '5'] }, areas)).toMatchObject({
      kind: 'course',
      page: 2,
    })
  })

  it('writes the address back, leaving out the first page and an empty filter', () => {
    expect(libraryHref('tr', { kind: null, area: null, page: 1 })).toBe('/tr/resources')
    expect(libraryHref('en', { kind: 'video', area: 'a1', page: 2 })).toBe('/en/resources?kind=video&area=a1&page=2')
  })
})

describe('the library’s pages', () => {
  const entries = Array.from({ length: libraryPageSize * 2 + 3 }, (_, i) => i)

  it('cuts the list into pages and says when a page is past the last', () => {
    expect(pageOf(entries, 1)).toMatchObject({ pages: 3, from: 0 })
    expect(pageOf(entries, 3)?.items).toEqual([libraryPageSize * 2, libraryPageSize * 2 + 1, libraryPageSize * 2 + 2])
    expect(pageOf(entries, 4)).toBeNull()
    // An empty list (a filter nothing matches) still has its first page, which says so.
    expect(pageOf([], 1)).toEqual({ items: [], pages: 1, from: 0 })
  })

  it('links the first, the last and the pages near the current one', () => {
    expect(pageLinks(1, 1)).toEqual([1])
    expect(pageLinks(1, 4)).toEqual([1, 2, 3, 4])
    expect(pageLinks(50, 100)).toEqual([1, null, 48, 49, 50, 51, 52, null, 100])
    expect(pageLinks(100, 100)).toEqual([1, null, 98, 99, 100])
  })
})
