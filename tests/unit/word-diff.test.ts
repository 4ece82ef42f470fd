import { describe, expect, it } from 'vitest'

import { wordDiff } from '@/shared/text/word-diff'

describe('a word-level comparison', () => {
  it('keeps what stayed and marks the words that went and came', () => {
    expect(wordDiff('Gönüllülerinizle yılda bir kez görüşün.', 'Gönüllülerinizle ayda bir kez görüşün.')).toEqual([
      { kind: 'same', text: 'Gönüllülerinizle ' },
      { kind: 'removed', text: 'yılda ' },
      { kind: 'added', text: 'ayda ' },
      { kind: 'same', text: 'bir kez görüşün.' },
    ])
  })

  it('shows texts too long to compare whole, old then new', () => {
    const long = 'söz '.repeat(3_000)
    expect(wordDiff(long, `${long}yeni`).map((p) => p.kind)).toEqual(['removed', 'added'])
  })
})
