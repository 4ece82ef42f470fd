import { describe, expect, it } from 'vitest'

import { latestComparableDate, newestFirst, oldestFirst, timeOf } from '@/shared/dates'
import { contributionMonth } from '@/shared/insights/contributions'
import { istanbulWeek } from '@/shared/insights/page-views'
import { istanbulDay } from '@/shared/istanbul-calendar'

/**
 * Stored dates compared by time, not as text: SQLite's text order put the year 10000 before
 * 2026 and ran a schedule meant for then at once.
 */
describe('a stored date as a time', () => {
  it('reads what Payload writes, and the other ISO 8601 spellings of the same moment alike', () => {
    const moment = Date.UTC(2026, 11, 1, 7, 0)
    for (const spelling of [
      '2026-12-01T07:00:00.000Z',
      '2026-12-01T07:00:00Z',
      '2026-12-01T07:00Z',
      '2026-12-01T10:00:00.000+03:00',
      '2026-12-01T10:00+0300',
      new Date(moment),
    ])
      expect(timeOf(spelling), String(spelling)).toBe(moment)
    expect(timeOf('2026-12-01')).toBe(Date.UTC(2026, 11, 1))
  })

  it('is no time for what is not a date in the years 0000–9999: never "at once", never "long ago"', () => {
    for (const value of [
      '+010000-01-01T00:00:00.000Z',
      '+275760-09-13T00:00:00.000Z',
      '-000001-01-01T00:00:00.000Z',
      '',
      ' ',
      'now',
      'yarın',
      '1',
      '2026',
      '2026-12',
      '12/01/2026',
      'Tue Dec 01 2026 10:00:00 GMT+0300',
      '2026-13-01T00:00:00.000Z',
      '2026-12-01T25:00:00.000Z',
      '2026-12-01T07:00:00.000Z junk',
      new Date(Number.NaN),
      new Date(8.64e15),
      null,
      undefined,
      0,
      Date.UTC(2026, 0, 1),
      {},
      [],
      ['2026-12-01T07:00:00.000Z'],
    ])
      expect(timeOf(value), JSON.stringify(value) ?? String(value)).toBeNull()
  })

  it('keeps the whole range where the database may still compare text', () => {
    expect(timeOf('0000-01-01T00:00:00.000Z')).toBe(-62_167_219_200_000)
    expect(timeOf(latestComparableDate)).toBe(Date.parse('9999-12-31T23:59:59.999Z'))
    expect(new Date(timeOf(latestComparableDate)!).toISOString()).toBe(latestComparableDate)
    // One millisecond later Payload's own spelling gains a sign and two digits, and text order ends.
    expect(new Date(Date.parse(latestComparableDate) + 1).toISOString()).toBe('+010000-01-01T00:00:00.000Z')
  })
})

describe('sorting by date', () => {
  it('orders by time where text order is wrong, unreadable dates last', () => {
    const values = [
      '2026-01-02T00:00:00.000Z',
      '+010000-01-01T00:00:00.000Z',
      '2026-01-01T23:00:00.000-03:00',
      'garbage',
      '2025-06-01T00:00:00.000Z',
      null,
      '2026-01-01T12:00:00.000Z',
    ]
    // As text, the year 10000 and "-03:00" (2 January, 02:00 UTC) would both sort wrongly.
    expect([...values].sort(newestFirst)).toEqual([
      '2026-01-01T23:00:00.000-03:00',
      '2026-01-02T00:00:00.000Z',
      '2026-01-01T12:00:00.000Z',
      '2025-06-01T00:00:00.000Z',
      '+010000-01-01T00:00:00.000Z',
      'garbage',
      null,
    ])
    expect([...values].sort(oldestFirst)).toEqual([
      '2025-06-01T00:00:00.000Z',
      '2026-01-01T12:00:00.000Z',
      '2026-01-02T00:00:00.000Z',
      '2026-01-01T23:00:00.000-03:00',
      '+010000-01-01T00:00:00.000Z',
      'garbage',
      null,
    ])
  })
})

describe('the calendar day in Istanbul', () => {
  it('is Istanbul’s, not the server’s: 21:30 UTC is already the next day there', () => {
    expect(istanbulDay(new Date('2026-12-06T21:30:00Z'))).toBe('2026-12-07')
    expect(istanbulDay(new Date('2026-12-06T20:59:59Z'))).toBe('2026-12-06')
    expect(istanbulWeek(new Date('2026-12-06T21:30:00Z'))).toBe('2026-12-07')
    expect(istanbulWeek(new Date('2026-12-06T20:30:00Z'))).toBe('2026-11-30')
    expect(contributionMonth(new Date('2026-11-30T21:00:00Z'))).toBe('2026-12')
  })
})
