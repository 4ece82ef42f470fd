import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { adminLanguagesFor } from '@/cms/admin/languages'
import { direction, langAttributes } from '@/shared/locales'

/**
 * What a new language line brings by itself (docs/development/languages.md); the whole of it is
 * tried end to end in tests/browser/admin/new-language.test.ts.
 */
describe('a new language', () => {
  it('is written in its own direction, from Unicode data', () => {
    expect(['tr', 'en', 'ku', 'ar', 'fa', 'ckb', 'he'].map(direction)).toEqual([
      'ltr',
      'ltr',
      'ltr',
      'rtl',
      'rtl',
      'rtl',
      'rtl',
    ])
  })

  it('marks text in another language with its lang, and with dir only where the direction differs', () => {
    expect(langAttributes('tr', 'tr')).toEqual({})
    expect(langAttributes('tr', 'en')).toEqual({ lang: 'tr-TR' })
    // The code is a Locale only once the line is added; the attributes come from the same rule.
    expect(langAttributes('tr', 'ar' as 'en')).toEqual({ lang: 'tr-TR', dir: 'ltr' })
  })

  it('gets an admin in its language where Payload has one (Arabic), and Turkish or English where not (Kurdish)', () => {
    expect(Object.keys(adminLanguagesFor(['tr', 'en', 'ar', 'ku']))).toEqual(['tr', 'en', 'ar'])
  })

  it('is mirrored by the site’s stylesheet, which uses start and end, never left and right', () => {
    const css = readFileSync('src/app/(frontend)/styles.css', 'utf8')
    const physical = css
      .split('\n')
      .map((line, i) => ({ line: line.trim(), number: i + 1 }))
      .filter(({ line }) => /(^|[\s-])(left|right)\s*:|text-align:\s*(left|right)|float:\s*(left|right)/.test(line))
    expect(physical).toEqual([])
  })
})
