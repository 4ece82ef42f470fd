import { describe, expect, it } from 'vitest'

import { decodeEntities } from '@content-import/markdown/html-entities'
import { parseMarkdown } from '@content-import/markdown/parse-markdown'

/** The text CommonMark reads from a reference on its own, outside raw HTML. */
function asMarkdownReads(reference: string): string {
  const block = parseMarkdown(reference).children[0]
  const only = block?.type === 'paragraph' && block.children.length === 1 ? block.children[0] : undefined
  return only?.type === 'text' ? only.value : reference
}

describe('character references in raw HTML', () => {
  it('decode as CommonMark reads them in Markdown text', () => {
    const references = [
      '&amp;',
      '&ouml;',
      '&ngE;',
      '&#0;',
      '&#65;',
      '&#x131;',
      '&#128;',
      '&#xFFFF;',
      '&#x10FFFF;',
      '&#1114112;',
    ]
    for (const reference of references) expect(decodeEntities(reference)).toBe(asMarkdownReads(reference))
  })

  it('need their semicolon and CommonMark’s lengths, and an unknown name stays as written', () => {
    expect(decodeEntities('Ar&amp Ge &foo; &#12345678; &#x0000041; &#65')).toBe(
      'Ar&amp Ge &foo; &#12345678; &#x0000041; &#65',
    )
  })

  it('decode inside text', () => {
    expect(decodeEntities('Dernek &amp; Vak&#305;f &lt;u&gt;')).toBe('Dernek & Vakıf <u>')
  })
})
