import { describe, expect, it } from 'vitest'

import {
  firstInvisibleCharacter,
  invisibleCharacterMessage,
  withoutInvisibleCharacters,
} from '@/shared/text/invisible-characters'

const found = (text: string) => firstInvisibleCharacter(text)

describe('characters a title may not hold', () => {
  it.each([
    ['U+202A', '\u202a'],
    ['U+202B', '\u202b'],
    ['U+202C', '\u202c'],
    ['U+202D', '\u202d'],
    ['U+202E', '\u202e'],
    ['U+2066', '\u2066'],
    ['U+2067', '\u2067'],
    ['U+2068', '\u2068'],
    ['U+2069', '\u2069'],
    ['U+200E', '\u200e'],
    ['U+200F', '\u200f'],
    ['U+061C', '\u061c'],
  ])('the bidi control %s is refused, wherever it stands', (code, char) => {
    for (const text of [`${char}Sosyal medya`, `Sosyal ${char}medya`, `Sosyal medya${char}`, `منظمتك${char}وسائل`]) {
      expect(found(text)).toMatchObject({ code, kind: 'direction' })
    }
  })

  it.each([
    ['zero-width space', '\u200b'],
    ['word joiner', '\u2060'],
    ['function application', '\u2061'],
    ['invisible times', '\u2062'],
    ['invisible separator', '\u2063'],
    ['invisible plus', '\u2064'],
    ['byte-order mark', '\ufeff'],
    ['soft hyphen', '\u00ad'],
    ['combining grapheme joiner', '\u034f'],
    ['Mongolian vowel separator', '\u180e'],
    ['Hangul filler', '\u3164'],
    ['halfwidth Hangul filler', '\uffa0'],
    ['interlinear annotation anchor', '\ufff9'],
    ['tag letter', '\u{e0041}'],
  ])('the invisible %s is refused', (_name, char) => {
    expect(found(`Yönetim${char}kurulu`)).toMatchObject({ kind: 'invisible', position: 8 })
  })

  it.each([
    ['NUL', '\u0000', 'control'],
    ['escape', '\u001b', 'control'],
    ['DEL', '\u007f', 'control'],
    ['a C1 control', '\u0085', 'control'],
    ['line separator', '\u2028', 'control'],
    ['paragraph separator', '\u2029', 'control'],
    ['a lone surrogate', '\ud800', 'invalid'],
    ['a noncharacter', '\ufffe', 'invalid'],
  ])('%s is refused', (_name, char, kind) => {
    expect(found(`a${char}b`)).toMatchObject({ kind, position: 2 })
  })

  it('ordinary whitespace keeps the rules each form already had (tab, line feed, carriage return, no-break space)', () => {
    expect(found('Soru\tmetni\r\nikinci satır\u00a0ve\u202fdar boşluk')).toBeNull()
  })

  it('accepts Turkish, Arabic, Persian with ZWNJ inside words, emoji sequences and Arabic number signs', () => {
    for (const text of [
      'Örgütünüz sosyal medyayı nasıl kullanıyor? İĞÜŞÖÇ ığüşöç',
      'كيف تستخدم منظمتك وسائل التواصل الاجتماعي؟',
      'می‌خواهم با تیم کار کنم',
      'हिन्दी क्‍ष',
      'Gönüllüler ❤️ 👩‍💻 👩🏽‍💻 🏳️‍🌈 🇹🇷',
      '\u0600١٢٣ رقم',
      'Sosyal medya (16.2) — “alıntı” & <etiket>',
    ]) {
      expect(found(text), text).toBeNull()
    }
  })

  it('ZWNJ and ZWJ are refused where they join nothing: at the ends, beside spaces, digits or punctuation', () => {
    for (const text of ['\u200cمی', 'می\u200c', 'می \u200cخواهم', '1\u200c2', 'a\u200d ', '\u200d👩', 'a.\u200db']) {
      expect(found(text), JSON.stringify(text)).toMatchObject({ kind: 'invisible' })
    }
  })

  it('a variation selector after nothing visible is refused', () => {
    expect(found('\ufe0fbaşlık')).toMatchObject({ code: 'U+FE0F', position: 1 })
    expect(found('başlık \ufe0f')).toMatchObject({ code: 'U+FE0F', position: 8 })
  })

  it('counts the position in characters as an editor sees them, not in UTF-16 units', () => {
    expect(found('👩‍💻 ekip\u202e')).toMatchObject({ position: 9 })
  })

  it('strips exactly what it refuses, for text that has no markup to isolate it', () => {
    expect(withoutInvisibleCharacters('\u202eSosyal\u200b medya\u2069')).toBe('Sosyal medya')
    expect(withoutInvisibleCharacters('می‌خواهم ❤️ 👩‍💻')).toBe('می‌خواهم ❤️ 👩‍💻')
    const text = 'كيف تستخدم منظمتك؟'
    expect(withoutInvisibleCharacters(text)).toBe(text)
  })

  it('the message names the field, the character and where it is, in Turkish and English', () => {
    const at = found('Sosyal \u202emedya')!
    expect(invisibleCharacterMessage('Soru metni', at, 'tr')).toBe(
      '“Soru metni” alanında kullanılamayan bir karakter var: U+202E (yazı yönünü değiştiren görünmez bir denetim karakteri), 8. karakter. Bu karakteri silin ya da metni yeniden yazın; Arapça gibi sağdan sola yazılan metinlerin yönünü site kendisi ayarlar, yön işareti gerekmez.',
    )
    expect(invisibleCharacterMessage('Question text', at, 'en')).toContain('“Question text” holds a character')
  })
})
