import { describe, expect, it } from 'vitest'

import { boundedHistory, type SourceVersion } from '@/cms/translation-status/record'

/** The Turkish texts a translation state keeps paragraph by paragraph stay bounded (src/cms/translation-status/record.ts). */
const version = (hash: string, chars: number): SourceVersion => ({
  hash,
  at: '2026-12-06T00:00:00.000Z',
  text: { body: 'x' },
  // One unit of about `chars` characters as the bound counts them.
  units: [{ id: 'b', field: 'body', fingerprint: '0', text: 'x'.repeat(chars - 25) }],
})

describe('boundedHistory', () => {
  const history = Array.from({ length: 12 }, (_, i) => version(`h${i}`, 50_000))

  it('keeps ten versions; the newest and those translations were made from keep their units, the rest while they fit', () => {
    const kept = boundedHistory(history, new Set(['h7']))
    expect(kept.map((v) => v.hash)).toEqual(history.slice(0, 10).map((v) => v.hash))
    expect(kept.filter((v) => v.units).map((v) => v.hash)).toEqual(['h0', 'h1', 'h2', 'h7'])
    // Those without units keep their plain text.
    expect(kept[5]).toEqual({ hash: 'h5', at: history[5].at, text: { body: 'x' } })
  })

  it('small texts keep every version whole', () => {
    const small = Array.from({ length: 10 }, (_, i) => version(`s${i}`, 1_000))
    expect(boundedHistory(small, new Set())).toEqual(small)
  })

  it('a text larger than the bound still keeps its units where they are compared', () => {
    const large = Array.from({ length: 3 }, (_, i) => version(`l${i}`, 300_000))
    expect(
      boundedHistory(large, new Set(['l2']))
        .filter((v) => v.units)
        .map((v) => v.hash),
    ).toEqual(['l0', 'l2'])
  })
})
