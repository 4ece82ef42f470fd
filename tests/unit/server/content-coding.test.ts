import { describe, expect, it } from 'vitest'

import { acceptedCoding } from '@/cli/content-coding'

/**
 * The coding a page goes out in, and the page copies' key for it: three values however the
 * header is written, as Next.js's compression decides for what browsers send.
 */
describe('the coding a page goes out in', () => {
  it.each([
    ['gzip, deflate, br, zstd', 'gzip'],
    ['gzip, deflate, br', 'gzip'],
    ['br, zstd, gzip', 'gzip'],
    ['GZIP', 'gzip'],
    ['deflate, gzip;q=0.1', 'gzip'],
    ['*', 'gzip'],
    ['br;q=1, *;q=0.5', 'gzip'],
    ['gzip;q=0, deflate', 'deflate'],
    ['deflate', 'deflate'],
    ['gzip;q=0', 'identity'],
    ['gzip; q=0.000', 'identity'],
    ['*;q=0', 'identity'],
    ['br, zstd', 'identity'],
    ['identity', 'identity'],
    ['', 'identity'],
    [undefined, 'identity'],
    ['gzip;q=nonsense', 'identity'],
    [['br', 'gzip'], 'gzip'],
  ])('%j → %s', (header, coding) => {
    expect(acceptedCoding(header)).toBe(coding)
  })

  it('one of three for any header a stranger writes', () => {
    const headers = Array.from({ length: 500 }, (_, i) => `x-${i}, gzip;q=0.${i % 10}, br;q=${i % 3}`)
    expect(new Set(headers.map(acceptedCoding))).toEqual(new Set(['gzip', 'identity']))
  })
})
