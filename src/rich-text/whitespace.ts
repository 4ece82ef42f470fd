import { CODE } from '@/rich-text/node'

/** A run of text with its format bits, or a line break: what a block's inline content comes down to. */
export type TextLeaf = { kind: 'text'; text: string; format: number }
export type BreakLeaf = { kind: 'linebreak' }
export type Leaf = TextLeaf | BreakLeaf

/** HTML's collapsible whitespace; a no-break space is content and stays. */
const WHITESPACE_RUN = /[ \t\n\r\f]+/g
const TRAILING_WHITESPACE = /[ \t\n\r\f]+$/

/**
 * Whitespace as a browser shows a block's text (changing the leaves in place): runs collapsed
 * to one space, none at the start or end of the block or around a line break. Code keeps its
 * spaces: indentation in a code block is content. Empty text leaves are expected gone.
 */
export function collapseWhitespace(leaves: Leaf[]): void {
  let afterSpace = true
  for (const leaf of leaves) {
    if (leaf.kind === 'linebreak') afterSpace = true
    else if (leaf.format & CODE) afterSpace = afterSpace && leaf.text === ''
    else {
      leaf.text = leaf.text.replace(WHITESPACE_RUN, ' ')
      if (afterSpace && leaf.text.startsWith(' ')) leaf.text = leaf.text.slice(1)
      if (leaf.text !== '') afterSpace = leaf.text.endsWith(' ')
    }
  }
  let atEnd = true
  for (let i = leaves.length - 1; i >= 0; i--) {
    const leaf = leaves[i]
    if (leaf.kind === 'linebreak') atEnd = true
    else if (leaf.format & CODE) atEnd = atEnd && leaf.text === ''
    else if (atEnd) {
      leaf.text = leaf.text.replace(TRAILING_WHITESPACE, '')
      atEnd = leaf.text === ''
    }
  }
}
