import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { wordDiff } from '@/shared/text/word-diff'

const words = fc.array(fc.constantFrom('bir', 'iki', 'gönüllü', 'İl', 'i̇l', 'şu,', 'ağ.', 'çok', 'ı'), {
  maxLength: 40,
})
const text = fc.tuple(words, fc.constantFrom(' ', '  ', '\n')).map(([w, space]) => w.join(space))

describe('a word-level comparison by the diff library', () => {
  it('gives back both texts: what stayed and came is the new text, what stayed and went the old words', () => {
    const wordsOf = (s: string) => s.split(/\s+/).filter(Boolean)
    fc.assert(
      fc.property(text, text, (before, after) => {
        const parts = wordDiff(before, after)
        const old = parts.filter((p) => p.kind !== 'added').map((p) => p.text)
        expect(wordsOf(old.join(' '))).toEqual(wordsOf(before))
        expect(
          parts
            .filter((p) => p.kind !== 'removed')
            .map((p) => p.text)
            .join(''),
        ).toBe(after)
      }),
    )
  })

  it('keeps a Turkish word with a combining mark whole', () => {
    expect(wordDiff('i̇lçe, yeni', 'i̇lçe, eski')).toEqual([
      { kind: 'same', text: 'i̇lçe, ' },
      { kind: 'removed', text: 'yeni' },
      { kind: 'added', text: 'eski' },
    ])
  })

  it('shows texts with too many changes to follow word by word whole, old then new, and quickly', () => {
    const before = Array.from({ length: 1_900 }, (_, i) => `eski${i}`).join(' ')
    const after = Array.from({ length: 1_900 }, (_, i) => `yeni${i}`).join(' ')
    const started = performance.now()
    expect(wordDiff(before, after).map((p) => p.kind)).toEqual(['removed', 'added'])
    expect(performance.now() - started).toBeLessThan(2_000)
  })
})
