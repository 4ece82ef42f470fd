import { describe, expect, it } from 'vitest'

import { cleanName, nameProblem } from '@/site/team/forms'

describe('a team’s or a member’s name from the form', () => {
  it('is one line of at most 120 UTF-16 units, and an emoji at the limit is left out rather than cut in half', () => {
    expect(cleanName('  Ayşe\n\tYılmaz  ')).toBe('Ayşe Yılmaz')
    const cut = cleanName(`${'a'.repeat(119)}😀`)
    expect(cut).toBe('a'.repeat(119))
    expect(nameProblem(cut, 'Adınız', 'tr')).toBeNull()
    expect(cleanName(`${'a'.repeat(118)}😀`)).toBe(`${'a'.repeat(118)}😀`)
  })

  it('with a bidi control or an invisible character gets the CMS’s message naming the field; Arabic and Persian do not', () => {
    expect(nameProblem(cleanName('Dernek\u202e'), 'Örgüt adı', 'tr')).toMatch(
      /^“Örgüt adı” alanında kullanılamayan bir karakter var: U\+202E/,
    )
    expect(nameProblem('Ayşe\u200b', 'Your name', 'en')).toMatch(
      /^“Your name” holds a character that cannot be used: U\+200B/,
    )
    expect(nameProblem('جمعية التواصل', 'Örgüt adı', 'tr')).toBeNull()
    expect(nameProblem('می‌خواهم', 'Adınız', 'tr')).toBeNull()
  })
})
