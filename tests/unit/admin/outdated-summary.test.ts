import { describe, expect, it } from 'vitest'

import { translationStatusTexts } from '@/cms/admin/translation/translation-status-text'
import { addParagraphs, noParagraphs } from '@/cms/translation-status/read'

/**
 * The dashboard's line on a language's outdated translations: documents, then their paragraphs
 * summed; documents whose paragraphs were never compared are said apart, not counted as zero.
 */
describe("the dashboard's outdated line", () => {
  const tr = translationStatusTexts('tr').outdatedSummary
  const en = translationStatusTexts('en').outdatedSummary

  it('says the paragraphs with the Turkish suffix the number takes', () => {
    expect(tr(12, { total: 340, changed: 18, uncounted: 0 })).toBe(
      "12 belge güncel değil · 340 paragraftan 18'i değişti",
    )
    expect(tr(3, { total: 40, changed: 6, uncounted: 0 })).toBe("3 belge güncel değil · 40 paragraftan 6'sı değişti")
    expect(tr(5, { total: 90, changed: 40, uncounted: 0 })).toBe("5 belge güncel değil · 90 paragraftan 40'ı değişti")
    expect(en(12, { total: 340, changed: 18, uncounted: 0 })).toBe(
      '12 documents outdated · 18 of 340 paragraphs changed',
    )
    expect(en(1, { total: 1, changed: 1, uncounted: 0 })).toBe('1 document outdated · 1 of 1 paragraph changed')
  })

  it('says apart the documents whose paragraphs were not compared, and when none is outdated', () => {
    expect(tr(3, { total: 20, changed: 2, uncounted: 1 })).toBe(
      "3 belge güncel değil · 20 paragraftan 2'si değişti (1 belgede paragraflar karşılaştırılamadı)",
    )
    expect(tr(2, { total: 0, changed: 0, uncounted: 2 })).toBe(
      '2 belge güncel değil (2 belgede paragraflar karşılaştırılamadı)',
    )
    expect(en(2, { total: 0, changed: 0, uncounted: 2 })).toBe(
      '2 documents outdated (paragraphs not compared in 2 documents)',
    )
    expect(tr(0, noParagraphs())).toBe('Güncel olmayan çeviri yok.')
    expect(en(0, noParagraphs())).toBe('No outdated translations.')
  })

  it('sums the counts and counts the documents without them', () => {
    const sum = noParagraphs()
    addParagraphs(sum, { total: 10, changed: 1 })
    addParagraphs(sum, undefined)
    addParagraphs(sum, { total: 4, changed: 4 })
    expect(sum).toEqual({ total: 14, changed: 5, uncounted: 1 })
  })
})
