import { CODE, type Inline, type LineBreak, type Link, type TextRun } from './model'

/** HTML's collapsible whitespace; a no-break space is content and stays. */
const WHITESPACE_RUN = /[ \t\n\r\f]+/g
const TRAILING_WHITESPACE = /[ \t\n\r\f]+$/

type Leaf = TextRun | LineBreak

/**
 * Brings a run of inline content to its one canonical form, the form import produces and export expects:
 * adjacent text of the same format merged, no empty text, no empty link, and whitespace as a browser
 * shows it: runs collapsed to one space, none at the start or end of the block or around a line break.
 * Markdown could not write that whitespace back anyway. Code keeps its spaces: indentation in a code
 * block is content.
 */
export function normalizeInlines(items: Inline[]): Inline[] {
  const merged = mergeRuns(items)
  const leaves = merged.flatMap((item): Leaf[] => (item.kind === 'link' ? item.children : [item]))

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
  return mergeRuns(merged)
}

/** Merges same-format neighbours and drops what is empty; works on copies so callers' data is untouched. */
function mergeRuns(items: Inline[]): Inline[] {
  const out: Inline[] = []
  for (const item of items) {
    if (item.kind === 'link') {
      const children = mergeLeaves(item.children)
      if (children.length > 0) out.push({ ...item, children } satisfies Link)
    } else pushLeaf(out, item)
  }
  return out
}

function mergeLeaves(items: Leaf[]): Leaf[] {
  const out: Leaf[] = []
  for (const item of items) pushLeaf(out, item)
  return out
}

function pushLeaf(out: Array<Inline>, item: Leaf): void {
  if (item.kind === 'linebreak') {
    out.push({ kind: 'linebreak' })
    return
  }
  if (item.text === '') return
  const last = out[out.length - 1]
  if (last?.kind === 'text' && last.format === item.format) last.text += item.text
  else out.push({ kind: 'text', text: item.text, format: item.format })
}
