import { describe, expect, it } from 'vitest'

import { guidanceChange, type PublishedVersion } from '@/site/guidance-change'
import { paragraphs } from '@tests/support/lexical'

/**
 * "This advice changed since your answers" on a report: published versions placed by the
 * moment their date names and days compared as days, not as text.
 */
const version = (at: unknown, text: string): PublishedVersion => ({
  at,
  body: { tr: paragraphs(text) } as PublishedVersion['body'],
})

describe('what changed in an advice since the answers’ day', () => {
  const january = version('2026-01-10T09:00:00.000Z', 'Ocak metni')
  const june = version('2026-06-01T09:00:00.000Z', 'Haziran metni')

  it('is the text of that day against the text now, with the day of the change', () => {
    expect(guidanceChange([january, june], '2026-03-01', 'tr')).toEqual({
      changedOn: '2026-06-01',
      before: 'Ocak metni',
      after: 'Haziran metni',
    })
    expect(guidanceChange([january, june], '2026-06-01', 'tr')).toBeNull()
    expect(guidanceChange([january, june], '2025-12-31', 'tr')).toBeNull()
    expect(guidanceChange([january, version('2026-06-01T09:00:00.000Z', 'Ocak metni')], '2026-03-01', 'tr')).toBeNull()
  })

  it('places versions by time, whatever order they come in and however their date is written', () => {
    const june3 = version('2026-06-03T01:00:00.000+05:00', 'Üç Haziran metni')
    const june2 = version('2026-06-02T12:00:00.000Z', 'İki Haziran metni')
    // Given out of order; "2026-06-03T01:00+05:00" is 2 June, 23:00 in Turkey.
    expect(guidanceChange([june3, june, january, june2], '2026-03-01', 'tr')).toEqual({
      changedOn: '2026-06-02',
      before: 'Ocak metni',
      after: 'Üç Haziran metni',
    })
  })

  it('takes the day in Turkey: 22:30 UTC on 1 June is 2 June', () => {
    const late = version('2026-06-01T22:30:00.000Z', 'Gece metni')
    expect(guidanceChange([january, late], '2026-06-01', 'tr')?.changedOn).toBe('2026-06-02')
    expect(guidanceChange([january, late], '2026-06-02', 'tr')).toBeNull()
  })

  it('compares days as days where their text sorts wrongly: a three-digit year is long before', () => {
    const ancient = version('0999-05-01T00:00:00.000Z', 'Çok eski metin')
    expect(guidanceChange([ancient, june], '2026-03-01', 'tr')).toEqual({
      changedOn: '2026-06-01',
      before: 'Çok eski metin',
      after: 'Haziran metni',
    })
  })

  it('leaves out a version whose date is no date in the years 0000–9999: it is neither "then" nor "now"', () => {
    for (const at of ['+010000-01-01T00:00:00.000Z', '-000001-01-01T00:00:00.000Z', 'not a date', null]) {
      const odd = version(at, 'Tarihsiz metin')
      expect(guidanceChange([january, odd, june], '2026-03-01', 'tr'), String(at)).toEqual({
        changedOn: '2026-06-01',
        before: 'Ocak metni',
        after: 'Haziran metni',
      })
      expect(guidanceChange([odd, june], '2026-03-01', 'tr'), String(at)).toBeNull()
    }
  })
})
