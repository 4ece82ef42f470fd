import { type Inline, type LineBreak, type Link, type TextRun } from '@content-import/markdown/model'
import { collapseWhitespace } from '@/rich-text/whitespace'

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

  collapseWhitespace(leaves)
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
