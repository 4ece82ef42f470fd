import { describe, expect, it } from 'vitest'

import { atTimeTr, locativeOfNumber } from '@/shared/states/schedules'

/**
 * "10:30'da yayımlanmak üzere zamanlandı": the Turkish "at" after a time follows how the time is
 * read aloud (its minutes, or its hour at :00), by the vowel and last sound of that word.
 */
describe('the Turkish suffix after a time', () => {
  it('follows the last number word read', () => {
    expect(atTimeTr('10:30')).toBe("10:30'da") // otuz
    expect(atTimeTr('10:00')).toBe("10:00'da") // on
    expect(atTimeTr('12:00')).toBe("12:00'de") // on iki
    expect(atTimeTr('09:15')).toBe("09:15'te") // on beş
    expect(atTimeTr('14:40')).toBe("14:40'ta") // kırk
    expect(atTimeTr('14:20')).toBe("14:20'de") // yirmi
    expect(atTimeTr('18:50')).toBe("18:50'de") // elli
    expect(atTimeTr('18:06')).toBe("18:06'da") // altı
    expect(atTimeTr('18:09')).toBe("18:09'da") // dokuz
    expect(atTimeTr('20:00')).toBe("20:00'de") // yirmi
    expect(atTimeTr('00:00')).toBe("00:00'da") // sıfır
    expect(atTimeTr('23:00')).toBe("23:00'te") // yirmi üç
  })

  it('reads the time at the end of a date', () => {
    expect(atTimeTr('1 Aralık 2026 10:45')).toBe("1 Aralık 2026 10:45'te")
    expect(atTimeTr('1 Aralık 2026 Salı 07.30')).toBe("1 Aralık 2026 Salı 07.30'da")
    expect(atTimeTr('1 Aralık 2026')).toBe('1 Aralık 2026 tarihinde')
  })

  it('covers every number a time can end in', () => {
    const words: Record<number, string> = {
      1: 'de',
      3: 'te',
      4: 'te',
      6: 'da',
      7: 'de',
      8: 'de',
      10: 'da',
      40: 'ta',
      50: 'de',
    }
    for (const [n, suffix] of Object.entries(words)) expect(locativeOfNumber(Number(n))).toBe(suffix)
  })
})
