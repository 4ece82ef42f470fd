import { distance } from 'fastest-levenshtein'
import { describe, expect, it } from 'vitest'

import { MemoryIndex, minimumScore, normalized, type MemoryEntry } from '@/cms/translation-memory/memory-index'

/**
 * The index looks at few of its pairs (by length, then by where their trigrams are, see
 * memory-index.ts); these tests hold it to what comparing with every pair gives: the pairs it
 * leaves out must all score under the minimum. Texts are made of a few dozen words, as a
 * memory's paragraphs share most of their words and trigrams.
 */

/** mulberry32: the same texts every run. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
const words = (
  'derneğimiz gönüllü gönüllülerimiz yönetim kurulu bağışçı bağış listesi düzenli olarak yıllık faaliyet ' +
  'raporu mali denetim politikası yazılı sosyal medya hesaplarımızı kullanıyoruz güncel web sitesi var ' +
  'üyelerimizle toplantı karar alır paydaşlarımız şeffaf hesap verebilir strateji plan hedef ölçüyoruz'
).split(' ')
const letters = [...'abcçdefgğhıijklmnoöprsştuüvyz ']

function texts(seed: number) {
  const rand = random(seed)
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]
  const paragraph = (most: number) => Array.from({ length: 1 + Math.floor(rand() * most) }, () => pick(words)).join(' ')
  /** Up to a third of the characters deleted, inserted or replaced: around the 75 % line. */
  const mutated = (text: string) => {
    const chars = [...text]
    for (let n = Math.floor(rand() * (chars.length / 3 + 2)); n > 0; n--) {
      const at = Math.floor(rand() * (chars.length + 1))
      const what = rand()
      if (what < 1 / 3) chars.splice(at, 1)
      else if (what < 2 / 3) chars.splice(at, 0, pick(letters))
      else chars[at] = pick(letters)
    }
    return chars.join('')
  }
  return { rand, paragraph, mutated, pick }
}

const entry = (i: number, source: string): MemoryEntry => ({
  id: String(i),
  source,
  target: `target ${i}`,
  scope: 'advice',
  document: `d${i}`,
  field: 'body',
  publishedAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
})

/** Every pair compared: the scores the endpoint promises, computed the slow way. */
function everyPair(entries: MemoryEntry[], text: string): Array<[number, string]> {
  const query = normalized(text)
  return entries
    .map((e) => {
      const other = normalized(e.source)
      const longer = Math.max(query.length, other.length)
      return [Math.floor((100 * (longer - distance(query, other))) / longer), e.target] as [number, string]
    })
    .filter(([score]) => score >= minimumScore)
    .sort((a, b) => b[0] - a[0] || Number(b[1].split(' ')[1]) - Number(a[1].split(' ')[1]))
}

describe('the translation memory index', () => {
  it('finds what comparing with every pair finds, with the same scores, among pairs near the 75 % line', () => {
    const { rand, paragraph, mutated, pick } = texts(25)
    const index = new MemoryIndex()
    const entries: MemoryEntry[] = []
    for (let i = 0; i < 1_500; i++) {
      const source = i > 0 && rand() < 0.6 ? mutated(pick(entries).source) : paragraph(rand() < 0.2 ? 3 : 25)
      entries.push(entry(i, source))
      index.put(entries[i])
    }
    let offered = 0
    for (let q = 0; q < 100; q++) {
      const text = q % 3 === 0 ? paragraph(25) : mutated(pick(entries).source)
      const expected = everyPair(entries, text).slice(0, 10)
      const found = index.lookup(text, 10).map((m) => [m.score, m.target])
      expect(found, text).toEqual(expected)
      if (expected.some(([score]) => score < 100)) offered++
    }
    // Fuzzy matches were asked for, not only exact ones and misses.
    expect(offered).toBeGreaterThan(20)
  })

  it('among 20,000 pairs, finds the one exactly at 75 % and not the one just under', () => {
    const { paragraph } = texts(7)
    const index = new MemoryIndex()
    for (let i = 0; i < 20_000; i++) index.put(entry(i, paragraph(20)))
    // 100 characters; every fourth replaced: 25 edits, each in other trigrams, the worst case
    // for a count of shared trigrams.
    const question =
      'gönüllü bağış listesi düzenli yıllık faaliyet raporu mali denetim politikası yazılı sosyal medya ağı'
    expect(question.length).toBe(100)
    const replaced = (every: number, count: number) =>
      [...question].map((c, i) => (i % every === 0 && i / every < count ? (c === 'x' ? 'q' : 'x') : c)).join('')
    // Moved: `shift` characters put in front and as many taken off the end, 2 × shift edits,
    // every trigram moved as far as a script of that many edits can move it.
    const moved = (shift: number) => `${'x'.repeat(shift)}${question.slice(0, 100 - shift)}`
    // Both at once: a character put in before every fourth of the first half and every fourth of
    // the second half left out, and one replaced in the middle: 25 edits, the middle moved by 12.
    let spread = ''
    for (let i = 0; i < question.length; i++) {
      if (i % 4 === 2 && i < 48) spread += 'x'
      if (i % 4 === 2 && i >= 52) continue
      spread += i === 50 ? 'x' : question[i]
    }
    expect(distance(question, spread)).toBe(25)
    index.put(entry(20_000, replaced(4, 25)))
    index.put(entry(20_001, replaced(3, 26)))
    index.put(entry(20_002, moved(12)))
    index.put(entry(20_003, moved(13)))
    index.put(entry(20_004, spread))
    expect(index.lookup(question, 10).map((m) => [m.score, m.target])).toEqual([
      [76, 'target 20002'],
      [75, 'target 20004'],
      [75, 'target 20000'],
    ])
  })

  it('finds texts a run of characters shorter or longer at the 75 % line, and not one character past it', () => {
    const { paragraph } = texts(11)
    const index = new MemoryIndex()
    for (let i = 0; i < 5_000; i++) index.put(entry(i, paragraph(20)))
    const question =
      'gönüllü bağış listesi düzenli yıllık faaliyet raporu mali denetim politikası yazılı sosyal medya ağı'
    // A run deleted from the middle touches only two of the shorter text's trigrams; 25 of 100 is 75 %.
    index.put(entry(30_000, question.slice(0, 40) + question.slice(65)))
    index.put(entry(30_001, question.slice(0, 40) + question.slice(66)))
    // 33 put in: 100 of 133 left, 75 %; 34: 74 %.
    index.put(entry(30_002, question.slice(0, 50) + 'ş'.repeat(33) + question.slice(50)))
    index.put(entry(30_003, question.slice(0, 50) + 'ş'.repeat(34) + question.slice(50)))
    // Every fourth character left out: 25 deletions spread over the whole text.
    index.put(entry(30_004, [...question].filter((_, i) => i % 4 !== 1).join('')))
    expect(index.lookup(question, 10).map((m) => [m.score, m.target])).toEqual([
      [75, 'target 30004'],
      [75, 'target 30002'],
      [75, 'target 30000'],
    ])
  })

  it('holds more trigrams than its 16-bit numbers tell apart and still finds what comparing with every pair finds', () => {
    const { rand, mutated, pick } = texts(3)
    // 60 letters: over 100,000 different trigrams among these texts, so numbers are shared.
    const alphabet = [...'abcçdefgğhıijklmnoöprsştuüvyzαβγδεζηθκλμνξπρστφχψωабвгдежзиклмн ']
    const random = () => Array.from({ length: 20 + Math.floor(rand() * 100) }, () => pick(alphabet)).join('')
    const index = new MemoryIndex()
    const entries: MemoryEntry[] = []
    for (let i = 0; i < 2_000; i++) {
      entries.push(entry(i, i > 0 && rand() < 0.5 ? mutated(pick(entries).source) : random()))
      index.put(entries[i])
    }
    const trigrams = new Set(
      entries.flatMap(({ source }) => [...normalized(source).matchAll(/(?=(.{3}))/gsu)].map((m) => m[1])),
    )
    expect(trigrams.size).toBeGreaterThan(2 ** 16)
    let offered = 0
    for (let q = 0; q < 60; q++) {
      const text = mutated(pick(entries).source)
      const expected = everyPair(entries, text).slice(0, 10)
      expect(
        index.lookup(text, 10).map((m) => [m.score, m.target]),
        text,
      ).toEqual(expected)
      if (expected.some(([score]) => score < 100)) offered++
    }
    expect(offered).toBeGreaterThan(10)
  })

  it('a pair replaced among others of its length leaves them findable', () => {
    const index = new MemoryIndex()
    const same = [
      'Yıllık faaliyet raporu yayımlanır.',
      'Mali denetim raporu da yayımlanır.',
      'Bağışçı listemizi her yıl yazarız.',
    ]
    expect(new Set(same.map((text) => text.length)).size).toBe(1)
    same.forEach((text, i) => index.put(entry(i, text)))
    index.put({ ...entry(0, 'Yönetim kurulu yılda dört toplanır'), target: 'new' })
    expect(index.size).toBe(3)
    expect(index.lookup(same[0], 5).map((m) => m.target)).toEqual([])
    expect(index.lookup(same[1], 5).map((m) => m.target)).toEqual(['target 1'])
    expect(index.lookup(same[2], 5).map((m) => m.target)).toEqual(['target 2'])
    expect(index.lookup('Yönetim kurulu yılda dört toplanır', 5).map((m) => m.target)).toEqual(['new'])
  })

  it('a replaced pair is found by its new text only', () => {
    const index = new MemoryIndex()
    index.put(entry(1, 'Sosyal medya hesaplarımızı düzenli olarak kullanıyoruz.'))
    index.put({ ...entry(1, 'Derneğimizin güncel bir web sitesi var.'), target: 'new' })
    expect(index.size).toBe(1)
    expect(index.lookup('Sosyal medya hesaplarımızı düzenli olarak kullanıyoruz.', 5)).toEqual([])
    expect(index.lookup('Derneğimizin güncel bir web sitesi var.', 5).map((m) => m.target)).toEqual(['new'])
  })
})
