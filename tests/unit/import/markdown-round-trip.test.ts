import type { SerializedEditorState } from 'lexical'
import { describe, expect, it } from 'vitest'

import { splitFrontMatter } from '@content-import/markdown/front-matter'
import { lexicalToModel } from '@content-import/markdown/lexical-to-model'
import { modelToLexical } from '@content-import/markdown/model-to-lexical'
import { lexicalToPlainText } from '@/rich-text/plain-text'
import { markdownToLexical } from '@content-import/markdown/to-lexical'
import { lexicalToMarkdown } from '@content-import/markdown/to-markdown'
import { fixtureNames, readFixture, realSample } from '@tests/fixtures/markdown'
import { randomDocuments } from '@tests/fixtures/markdown/random-documents'

const stateOf = (markdown: string) => markdownToLexical(markdown).editorState
const bodyOf = (name: string) => splitFrontMatter(readFixture(name)).body
/** What an arbitrary stored state means once the rules every state obeys (merged text, no empty blocks) are applied. */
const canonical = (state: SerializedEditorState) => modelToLexical(lexicalToModel(state))

describe('round trip of every fixture', () => {
  it.each(fixtureNames)('%s: import ∘ export is the identity on imported states', (name) => {
    const x = stateOf(bodyOf(name))
    expect(stateOf(lexicalToMarkdown(x))).toEqual(x)
  })

  it.each(fixtureNames)('%s: exporting what an export imports gives the same bytes', (name) => {
    const markdown = lexicalToMarkdown(stateOf(bodyOf(name)))
    expect(lexicalToMarkdown(stateOf(markdown))).toBe(markdown)
  })
})

describe('lexicalToMarkdown on the real sample', () => {
  const markdown = lexicalToMarkdown(stateOf(bodyOf(realSample)))

  it('writes clean CommonMark close to the original', () => {
    expect(markdown).toContain('\n\n1\\. Plan yapın: İlerlemeyi izlemek')
    expect(markdown).toContain('\n\n5\\. Deneyimleyin! Örgütünüz için')
    expect(markdown).toContain(
      'STGM [<u>STOK Çevrimiçi Öğrenme Platformu</u>](https://www.stgm.org.tr/stok-ogrenme-platformu) "[<u>Herkes Dijital Sever 300</u>](http://www.stgm.org.tr/sivil-toplum-okulu-stok/herkes-dijital-sever)" derslerine',
    )
    expect(markdown).toContain(
      '- [<u>UNFPA-STGM Ortak Eğitimleri: Sosyal Medyaya Giriş</u>](https://www.youtube.com/watch?v=yOQZuMGcO7k&list=PLNNUSz3jzVL64sskDhRNadAhwPdVsD14-&index=4)\n- [<u>UNFPA-STGM',
    )
    expect(markdown).toContain("Twitter'ı kullanın")
    expect(markdown).toContain(
      '“[<u>STÖ’ler için Sosyal Medya İpuçları Webinarı</u>](https://www.youtube.com/watch?v=Z9XRjO273ws)”',
    )
  })

  it('leaves & in URLs alone and escapes nothing that did not need it', () => {
    expect(markdown.match(/&list=PLNNUSz3jzVL64sskDhRNadAhwPdVsD14-&index=\d+\)/g)).toHaveLength(10)
    expect(markdown).not.toContain('&amp;')
    const escapes = markdown.match(/\\./g) ?? []
    expect(escapes).toEqual(['\\.', '\\.', '\\.', '\\.', '\\.'])
  })

  it('separates blocks by one blank line and ends with one newline', () => {
    expect(markdown.endsWith('index=11)\n')).toBe(true)
    expect(markdown).not.toMatch(/\n{3}/)
    expect(markdown.split('\n\n')).toHaveLength(10)
  })

  it('has the same plain text as the original', () => {
    const plain = lexicalToPlainText(stateOf(markdown))
    expect(plain).toBe(lexicalToPlainText(stateOf(bodyOf(realSample))))
    expect(plain.split('\n\n')[1].startsWith('1. Plan yapın:')).toBe(true)
    expect(plain).not.toMatch(/[\\*[\]<>]/)
    expect(plain.endsWith('UNFPA-STGM Ortak Eğitimleri: Dijitalde Savunuculuk Kampanyası')).toBe(true)
  })
})

describe('lexicalToMarkdown on states made in the editor', () => {
  const text = (value: string, format = 0) => ({
    type: 'text',
    version: 1,
    text: value,
    format,
    detail: 0,
    mode: 'normal',
    style: '',
  })
  const p = (...children: object[]) => ({
    type: 'paragraph',
    version: 1,
    children,
    direction: 'ltr',
    format: '',
    indent: 0,
    textFormat: 0,
    textStyle: '',
  })
  const root = (...children: object[]) =>
    ({
      root: { type: 'root', version: 1, children, direction: 'ltr', format: '', indent: 0 },
    }) as unknown as SerializedEditorState
  const link = (url: string, children: object[], type = 'link') => ({
    type,
    version: 3,
    fields: { url, newTab: false, linkType: 'custom' },
    children,
    direction: 'ltr',
    format: '',
    indent: 0,
  })

  const cases: Array<[string, SerializedEditorState, string]> = [
    ['bold around a space', root(p(text('a'), text(' bold ', 1), text('b'))), 'a<strong> bold </strong>b\n'],
    [
      'bold next to punctuation and a letter',
      root(p(text('x'), text('"y"', 1), text('z'))),
      'x<strong>"y"</strong>z\n',
    ],
    ['a ! before a link', root(p(text('Bak!'), link('https://a.org', [text('bu')]))), 'Bak\\![bu](https://a.org)\n'],
    [
      'text that looks like an address',
      root(p(text('yaz: bilgi@stgm.org.tr, www.stgm.org.tr'))),
      'yaz: bilgi@<!-- -->stgm.org.tr, w<!-- -->ww.stgm.org.tr\n',
    ],
    ['empty paragraphs and unmerged text', root(p(), p(text('a'), text(''), text('b')), p(text('  '))), 'ab\n'],
    ['a newline inside text', root(p(text('bir\niki'))), 'bir\\\niki\n'],
    ['a dangerous link made in the editor', root(p(link('javascript:alert(1)', [text('tık')]))), 'tık\n'],
    [
      'an internal link',
      root(
        p({
          type: 'link',
          version: 3,
          fields: { linkType: 'internal', doc: { relationTo: 'pages', value: 1 } },
          children: [text('iç')],
        }),
      ),
      'iç\n',
    ],
    [
      'an upload',
      root({ type: 'upload', version: 3, relationTo: 'media', value: 1, fields: null }, p(text('sonra'))),
      'sonra\n',
    ],
    [
      'a list item holding a paragraph',
      root({
        type: 'list',
        listType: 'bullet',
        start: 1,
        tag: 'ul',
        version: 1,
        children: [{ type: 'listitem', value: 1, version: 1, children: [p(text('a')), p(text('b'))] }],
      }),
      '- a\\\n  b\n',
    ],
    [
      'an empty checklist item',
      root({
        type: 'list',
        listType: 'check',
        start: 1,
        tag: 'ul',
        version: 1,
        children: [{ type: 'listitem', value: 1, checked: true, version: 1, children: [] }],
      }),
      '- [x] <!-- -->\n',
    ],
    [
      'adjacent bullet and check lists',
      root(
        {
          type: 'list',
          listType: 'bullet',
          tag: 'ul',
          start: 1,
          version: 1,
          children: [{ type: 'listitem', value: 1, version: 1, children: [text('a')] }],
        },
        {
          type: 'list',
          listType: 'check',
          tag: 'ul',
          start: 1,
          version: 1,
          children: [{ type: 'listitem', value: 1, checked: false, version: 1, children: [text('b')] }],
        },
      ),
      '- a\n\n* [ ] b\n',
    ],
    [
      'code with backticks and a code line',
      root(p(text('a`b', 16)), p(text('x', 16), { type: 'linebreak', version: 1 }, text('```', 16))),
      '``a`b``\n\n````\nx\n```\n````\n',
    ],
    ['a no-break space', root(p(text('a\u00a0b'))), 'a&nbsp;b\n'],
  ]

  it.each(cases)('%s', (_, state, expected) => {
    const markdown = lexicalToMarkdown(state)
    expect(markdown).toBe(expected)
    expect(stateOf(markdown)).toEqual(canonical(state))
    expect(lexicalToMarkdown(stateOf(markdown))).toBe(markdown)
  })

  it('writes an autolink whose text no longer is its URL as an ordinary link', () => {
    const markdown = lexicalToMarkdown(root(p(link('https://a.org', [text('site')], 'autolink'))))
    expect(markdown).toBe('[site](https://a.org)\n')
    expect(
      (stateOf(markdown).root.children[0] as unknown as { children: Array<{ type: string }> }).children[0].type,
    ).toBe('link')
    expect(lexicalToMarkdown(stateOf(markdown))).toBe(markdown)
  })

  it('writes an empty document as nothing and reads nothing back as one empty paragraph', () => {
    expect(lexicalToMarkdown(root())).toBe('')
    expect(stateOf('').root.children).toEqual([
      {
        type: 'paragraph',
        version: 1,
        children: [],
        direction: null,
        format: '',
        indent: 0,
        textFormat: 0,
        textStyle: '',
      },
    ])
    expect(lexicalToMarkdown(stateOf(''))).toBe('')
  })
})

describe('round trip of generated documents', () => {
  const states = randomDocuments(20241126, 400)

  it('export then import keeps everything a stored state means', () => {
    for (const state of states) {
      const markdown = lexicalToMarkdown(state)
      expect({ markdown, state: stateOf(markdown) }).toEqual({ markdown, state: canonical(state) })
    }
  })

  it('export is idempotent through import', () => {
    for (const state of states) {
      const markdown = lexicalToMarkdown(state)
      expect(lexicalToMarkdown(stateOf(markdown))).toBe(markdown)
    }
  })
})
