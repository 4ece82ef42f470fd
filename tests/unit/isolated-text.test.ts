import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { InLang } from '@/site/components/InLang'
import { SentenceWith, UserText } from '@/shared/text/user-text'
import { pageMetadata } from '@/site/seo'

/**
 * Finding 10 of issue 21: user text stored before bidi controls were refused must not reorder
 * the page around it. Titles and names are isolated (`<bdi>`, `dir="auto"`) and shown without
 * the controls (a stray PDI would end the isolation early); a `<title>` carries none.
 */
const stored = '\u2069\u202eSosyal medya\u200b'
const render = (element: Parameters<typeof renderToStaticMarkup>[0]) => renderToStaticMarkup(element)

describe('user text on the site', () => {
  it('a title in the page’s language is a <bdi> without the controls', () => {
    expect(render(createElement(InLang, { text: { value: stored, lang: 'tr' }, page: 'tr' }))).toBe(
      '<bdi>Sosyal medya</bdi>',
    )
  })

  it('a fallback title has its own lang and dir="auto" (or its language’s direction), marked as before', () => {
    expect(render(createElement(InLang, { text: { value: stored, lang: 'tr' }, page: 'en', marked: true }))).toBe(
      '<span lang="tr-TR" dir="auto">Sosyal medya</span> <span class="fallback-mark">(in Turkish)</span>',
    )
  })

  it('Arabic keeps its letters and its ZWNJ; rich text (children) is left to its blocks', () => {
    const arabic = 'كيف تستخدم منظمتك؟ می‌خواهم'
    expect(render(createElement(InLang, { text: { value: arabic, lang: 'tr' }, page: 'tr' }))).toBe(
      `<bdi>${arabic}</bdi>`,
    )
    expect(
      render(
        createElement(
          InLang,
          { text: { value: null, lang: 'tr' }, page: 'tr', as: 'div' },
          createElement('p', null, 'x'),
        ),
      ),
    ).toBe('<p>x</p>')
  })

  it('names and words that are not InLanguage values (site and admin panels) are isolated the same way', () => {
    expect(render(createElement(UserText, { text: stored }))).toBe('<bdi>Sosyal medya</bdi>')
    expect(render(createElement(SentenceWith, { sentence: (q: string) => `“${q}” için 3 sonuç`, text: stored }))).toBe(
      '“<bdi>Sosyal medya</bdi>” için 3 sonuç',
    )
  })

  it('a page’s title, Open Graph title and description carry no bidi control', () => {
    const metadata = pageMetadata({
      locale: 'tr',
      path: () => '/tr/questions/16',
      title: `Soru 16: ${stored}`,
      description: `Açıklama ${stored}`,
      languages: ['tr'],
    })
    expect(metadata.title).toBe('Soru 16: Sosyal medya')
    expect(metadata.description).toBe('Açıklama Sosyal medya')
    expect((metadata.openGraph as { title?: string }).title).toBe('Soru 16: Sosyal medya')
  })
})
