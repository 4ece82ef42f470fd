import type { SerializedEditorState } from 'lexical'
import { isDeepStrictEqual } from 'node:util'

import { lexicalToModel } from '@content-import/markdown/lexical-to-model'
import { mdastToModel } from '@content-import/markdown/mdast-to-model'
import type { Block } from '@content-import/markdown/model'
import { blockToMarkdown, sameMarkers, type Style } from '@content-import/markdown/model-to-markdown'
import { parseMarkdown } from '@content-import/markdown/parse-markdown'

const STYLES: Style[] = ['clean', 'tags', 'literal']

/**
 * Converts Payload's Lexical JSON to CommonMark for export. Every block is parsed again as it is written,
 * and written more literally if it would not read back the same (see Style), so importing the export gives
 * back the same document and exporting that gives back the same bytes.
 */
export function lexicalToMarkdown(editorState: SerializedEditorState): string {
  const blocks = lexicalToModel(editorState)
  let listRun = 0
  const parts = blocks.map((block, index) => {
    listRun = sameMarkers(blocks[index - 1], block) ? listRun + 1 : 0
    return verifiedMarkdown(block, listRun % 2 === 1)
  })
  return parts.length > 0 ? `${parts.join('\n\n')}\n` : ''
}

function verifiedMarkdown(block: Block, alternate: boolean): string {
  let markdown = ''
  for (const style of STYLES) {
    markdown = blockToMarkdown(block, style, alternate)
    if (isDeepStrictEqual(mdastToModel(parseMarkdown(markdown), markdown).blocks, [block])) return markdown
  }
  return markdown
}

