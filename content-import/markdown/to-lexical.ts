import type { SerializedEditorState } from 'lexical'

import { mdastToModel } from '@content-import/markdown/mdast-to-model'
import type { Block, Inline, Warning } from '@content-import/markdown/model'
import { modelToLexical } from '@content-import/markdown/model-to-lexical'
import { parseMarkdown } from '@content-import/markdown/parse-markdown'

export type MarkdownLink = { url: string; text: string }
export type MarkdownWarning = Warning
export type MarkdownToLexicalResult = {
  editorState: SerializedEditorState
  /** Every link kept, in document order, with its text as shown. */
  links: MarkdownLink[]
  /** What could not be carried over as written; `line` is 1-based in the file when `lineOffset` is given. */
  warnings: MarkdownWarning[]
}

/**
 * Converts an advice text's Markdown body to Lexical JSON for Payload's rich text field.
 * `lineOffset` is the number of file lines before the body (the front matter), so warnings name file lines.
 */
export function markdownToLexical(markdown: string, options: { lineOffset?: number } = {}): MarkdownToLexicalResult {
  const source = markdown.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  const { blocks, warnings } = mdastToModel(parseMarkdown(source), source, options.lineOffset ?? 0)
  return { editorState: modelToLexical(blocks), links: collectLinks(blocks), warnings }
}

function collectLinks(blocks: Block[]): MarkdownLink[] {
  const links: MarkdownLink[] = []
  const visit = (inlines: Inline[]) => {
    for (const inline of inlines) {
      if (inline.kind !== 'link') continue
      const text = inline.children.map((child) => (child.kind === 'text' ? child.text : '\n')).join('')
      links.push({ url: inline.url, text })
    }
  }
  const visitBlock = (block: Block) => {
    if (block.kind === 'list') {
      for (const item of block.items) {
        if (item.kind === 'item') visit(item.children)
        else visitBlock(item.list)
      }
    } else if (block.kind !== 'hr') visit(block.children)
  }
  blocks.forEach(visitBlock)
  return links
}
