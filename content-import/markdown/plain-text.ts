import type { SerializedEditorState } from 'lexical'

import { lexicalToModel } from './lexical-to-model'
import type { Block, Inline, List } from './model'

/**
 * The text a reader sees, for search and short descriptions: blocks separated by a blank line, list items
 * and line breaks on lines of their own, links as their text, no Markdown.
 */
export function lexicalToPlainText(editorState: SerializedEditorState): string {
  return lexicalToModel(editorState)
    .map(blockText)
    .filter((text) => text !== '')
    .join('\n\n')
}

function blockText(block: Block): string {
  if (block.kind === 'hr') return ''
  if (block.kind === 'list') return listText(block)
  return inlineText(block.children)
}

function listText(list: List): string {
  return list.items
    .map((item) => (item.kind === 'item' ? inlineText(item.children) : listText(item.list)))
    .filter((text) => text !== '')
    .join('\n')
}

function inlineText(inlines: Inline[]): string {
  return inlines
    .map((inline) => {
      if (inline.kind === 'linebreak') return '\n'
      if (inline.kind === 'text') return inline.text
      return inlineText(inline.children)
    })
    .join('')
}
