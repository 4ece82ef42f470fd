import { describe, expect, it } from 'vitest'

import type { List, ListItem } from '@content-import/markdown/model'
import { modelToLexical } from '@content-import/markdown/model-to-lexical'
import { markdownToLexical } from '@content-import/markdown/to-lexical'
import { lexicalToMarkdown } from '@content-import/markdown/to-markdown'

const exported = (markdown: string) => lexicalToMarkdown(markdownToLexical(markdown).editorState)

describe('export through mdast-util-to-markdown, where its defaults would not read back', () => {
  it('keeps the marker of an item holding only a list on a line of its own', () => {
    const text = (t: string) => [{ kind: 'text' as const, text: t, format: 0 }]
    const item = (t: string) => ({ kind: 'item' as const, children: text(t), checked: false })
    const list = (listType: 'bullet' | 'number', start: number, items: ListItem[]): List => ({
      kind: 'list',
      listType,
      start,
      items,
    })
    const numbered = list('number', 11, [item('b'), item('c')])
    const state = modelToLexical([
      list('bullet', 1, [
        item('a'),
        { kind: 'nested', list: list('bullet', 1, [{ kind: 'nested', list: numbered }, item('d')]) },
      ]),
    ])
    const markdown = lexicalToMarkdown(state)
    expect(markdown).toBe('- a\n\n  -\n    11. b\n    12. c\n  - d\n')
    expect(markdownToLexical(markdown).editorState).toEqual(state)
  })

  it('sets a list that could not interrupt the text above it off by a blank line', () => {
    expect(exported('- a\n  - b\n\n  6. c\n')).toBe('- a\n  - b\n\n  6. c\n')
  })

  it('writes & as it is unless a character reference follows, in text and destinations', () => {
    expect(exported('AT&T ve [bağ](https://x.org/?a=1&b=2) \\&amp;\n')).toBe(
      'AT&T ve [bağ](https://x.org/?a=1&b=2) \\&amp;\n',
    )
  })

  it('writes **, not character references around it, where the delimiters read cleanly', () => {
    expect(exported('**kalın** ve *eğik* ~~silik~~\n')).toBe('**kalın** ve *eğik* ~~silik~~\n')
  })
})
