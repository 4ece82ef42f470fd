import { describe, expect, it } from 'vitest'

import { buildIndex, fold, matchedRuns, search, type SearchDocument } from '@/site/search'

const doc = (title: string, body: string, type: SearchDocument['type'] = 'advice', order = 1): SearchDocument => ({
  type,
  title,
  body,
  url: `/tr/${order}`,
  lang: 'tr',
  order,
})

describe('Turkish-aware search', () => {
  it('folds case the Turkish way and drops diacritics, keeping offsets', () => {
    expect(fold('İSTANBUL Iğdır ÖRGÜT şçğ Âlî')).toBe('istanbul igdir orgut scg ali')
    expect(fold('Örgütünüzün').length).toBe('Örgütünüzün'.length)
  })

  const index = buildIndex([
    doc('Yönetim kurulunuz düzenli toplanıyor mu?', 'Kararlar yazılı paylaşılır.', 'question', 1),
    doc('Sosyal medya', 'Örgütünüzün İstanbul şubesi yönetim kurulu ile çalışır.', 'advice', 2),
    doc('Bağış', 'Bağışçılarla ilişkiler.', 'advice', 3),
  ])
  const titles = (q: string) => search(index, q).hits.map((h) => h.title)

  it('finds "örgüt" from "orgut", "yönetim kurulu" from "YÖNETİM KURULU", "İstanbul" from "istanbul"', () => {
    expect(titles('orgut')).toEqual(['Sosyal medya'])
    expect(titles('YÖNETİM KURULU')).toEqual(['Yönetim kurulunuz düzenli toplanıyor mu?', 'Sosyal medya'])
    expect(titles('istanbul')).toEqual(['Sosyal medya'])
  })

  it('matches word beginnings (Turkish suffixes) but not word middles', () => {
    expect(titles('kurul')).toHaveLength(2)
    expect(titles('bağışçı')).toEqual(['Bağış'])
    expect(titles('urul')).toEqual([])
  })

  it('needs every query word, ranks title matches first, and finds nothing for an empty query', () => {
    expect(titles('yönetim bağış')).toEqual([])
    expect(titles('yönetim')[0]).toBe('Yönetim kurulunuz düzenli toplanıyor mu?')
    expect(search(index, '  ').total).toBe(0)
  })

  it('marks the matched words of a snippet', () => {
    expect(
      matchedRuns('Örgütünüzün yönetim kurulu', 'orgut kurul')
        .filter((r) => r.match)
        .map((r) => r.text),
    ).toEqual(['Örgütünüzün', 'kurulu'])
  })
})
