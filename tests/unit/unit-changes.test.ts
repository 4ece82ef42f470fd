import { describe, expect, it } from 'vitest'

import { richTextUnits, textUnit } from '@/rich-text/segments'
import { compareUnits, keptUnit, type KeptUnit } from '@/rich-text/unit-changes'

/** Paragraph-level changes (src/rich-text/unit-changes.ts): which Turkish units changed since a translation was made. */
const text = (value: string, format = 0) => ({ type: 'text', text: value, format, version: 1 })
const paragraph = (...children: object[]) => ({ type: 'paragraph', children, version: 1 })
const doc = (...paragraphs: Array<string | object>) => ({
  root: { type: 'root', children: paragraphs.map((p) => (typeof p === 'string' ? paragraph(text(p)) : p)) },
})
const units = (...paragraphs: Array<string | object>): KeptUnit[] =>
  richTextUnits('body', doc(...paragraphs)).map(keptUnit)
const ten = Array.from({ length: 10 }, (_, i) => `Paragraf ${i + 1}.`)

const summary = (before: KeptUnit[], now: KeptUnit[]) => {
  const result = compareUnits(before, now)
  return {
    total: result.total,
    changed: result.changed.map((c) => [c.before?.text ?? null, c.now?.text ?? null]),
  }
}

describe('compareUnits', () => {
  it('nothing changed: every unit the same, none changed', () => {
    const result = compareUnits(units(...ten), units(...ten))
    expect(result.total).toBe(10)
    expect(result.changed).toEqual([])
    expect(result.same.map((s) => [s.before.id, s.now.id])).toEqual(ten.map((_, i) => [`body-${i}`, `body-${i}`]))
  })

  it('one paragraph of ten rewritten: 1 of 10, with its Turkish before and now', () => {
    const now = [...ten]
    now[3] = 'Paragraf dört, yeniden yazıldı.'
    expect(summary(units(...ten), units(...now))).toEqual({
      total: 10,
      changed: [['Paragraf 4.', 'Paragraf dört, yeniden yazıldı.']],
    })
    const [change] = compareUnits(units(...ten), units(...now)).changed
    expect([change.before?.id, change.now?.id]).toEqual(['body-3', 'body-3'])
  })

  it('a paragraph inserted: only it is new, the later ones are the same under new ids', () => {
    const now = [...ten.slice(0, 2), 'Yeni paragraf.', ...ten.slice(2)]
    const result = compareUnits(units(...ten), units(...now))
    expect(result.total).toBe(11)
    expect(result.changed.map((c) => [c.before, c.now?.text])).toEqual([[null, 'Yeni paragraf.']])
    expect(result.same.find((s) => s.now.text === 'Paragraf 10.')).toMatchObject({
      before: { id: 'body-9' },
      now: { id: 'body-10' },
    })
  })

  it('a paragraph removed: counted as a change, with nothing now', () => {
    const now = ten.filter((_, i) => i !== 5)
    expect(summary(units(...ten), units(...now))).toEqual({ total: 10, changed: [['Paragraf 6.', null]] })
  })

  it('formatting counts: the same words made bold are a change', () => {
    const before = units('Bir söz.')
    const now = units(paragraph(text('Bir '), text('söz', 1), text('.')))
    expect(summary(before, now)).toEqual({ total: 1, changed: [['Bir söz.', 'Bir söz.']] })
  })

  it('two neighbours rewritten and one added between unchanged ones are paired in order', () => {
    const before = units('A.', 'B.', 'C.', 'D.')
    const now = units('A.', 'B2.', 'C2.', 'X.', 'D.')
    expect(summary(before, now)).toEqual({
      total: 5,
      changed: [
        ['B.', 'B2.'],
        ['C.', 'C2.'],
        [null, 'X.'],
      ],
    })
  })

  it('fields are compared apart, a title with a title, in the order the text has them', () => {
    const before = [keptUnit(textUnit('title', 'Başlık')!), ...units('A.', 'B.')]
    const now = [keptUnit(textUnit('title', 'Yeni başlık')!), ...units('A.', 'B.')]
    expect(summary(before, now)).toEqual({ total: 3, changed: [['Başlık', 'Yeni başlık']] })
  })

  it('a repeated paragraph is matched once per occurrence', () => {
    expect(summary(units('A.', 'A.', 'B.'), units('A.', 'B.'))).toEqual({ total: 3, changed: [['A.', null]] })
  })

  it('everything new (no units before) is all changed', () => {
    expect(summary([], units('A.', 'B.'))).toEqual({
      total: 2,
      changed: [
        [null, 'A.'],
        [null, 'B.'],
      ],
    })
  })

  it('a very long field is still compared (its middle paired by position)', () => {
    const many = Array.from({ length: 1500 }, (_, i) => `P${i}.`)
    const now = many.map((p, i) => (i === 0 || i === 700 || i === 1499 ? `Değişti ${i}.` : p))
    const result = compareUnits(units(...many), units(...now))
    expect(result.total).toBe(1500)
    expect(result.changed.map((c) => c.now?.text)).toEqual(['Değişti 0.', 'Değişti 700.', 'Değişti 1499.'])
  })
})
