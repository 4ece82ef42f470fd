import { formatOf, KNOWN_FORMATS, rootOf, type RichTextNode } from '@/rich-text/node'
import { fold, type Handlers } from '@/rich-text/tree'
import { collapseWhitespace, type Leaf } from '@/rich-text/whitespace'

/** Nodes that are blocks; one met inside another block is joined to it by a line break. */
const blockTypes = new Set(['paragraph', 'heading', 'quote', 'listitem'])
const linebreak: Leaf = { kind: 'linebreak' }

/** Lexical text never holds a newline, but stored JSON might: it reads as a line break. */
const textLeaves = (text: string, format: number): Leaf[] =>
  text
    .split(/\r\n?|\n/)
    .flatMap((line, i): Leaf[] => [...(i === 0 ? [] : [linebreak]), { kind: 'text', text: line, format }])

/** A block's inline content as leaves; blocks inside it are joined with line breaks. */
function inlineLeaves(nodes: RichTextNode[]): Leaf[] {
  const out: Leaf[] = []
  let afterBlock = false
  for (const node of nodes) {
    if (blockTypes.has(node.type ?? '')) {
      if (afterBlock || out.length > 0) out.push(linebreak)
      out.push(...inlineLeaves(node.children ?? []))
      afterBlock = true
      continue
    }
    if (afterBlock) out.push(linebreak)
    afterBlock = false
    out.push(...fold(node, inline, undefined))
  }
  return out
}

const inline: Handlers<Leaf[]> = {
  fallback: (_node, children) => children().flat(),
  text: (node) => textLeaves(typeof node.text === 'string' ? node.text : '', formatOf(node) & KNOWN_FORMATS),
  tab: (node) => textLeaves(typeof node.text === 'string' ? node.text : '\t', formatOf(node) & KNOWN_FORMATS),
  linebreak: () => [linebreak],
}

/** A block's text as a reader sees it: whitespace collapsed as a browser does, line breaks kept. */
function blockText(nodes: RichTextNode[]): string {
  const leaves = inlineLeaves(nodes).filter((leaf) => leaf.kind === 'linebreak' || leaf.text !== '')
  collapseWhitespace(leaves)
  return leaves.map((leaf) => (leaf.kind === 'linebreak' ? '\n' : leaf.text)).join('')
}

/** A list's items, one per line; a list inside an item continues on the following lines. */
function listText(list: RichTextNode): string {
  const lines: string[] = []
  for (const item of list.children ?? []) {
    if (item.type === 'list') {
      lines.push(listText(item))
      continue
    }
    let pending: RichTextNode[] = []
    const flush = () => {
      lines.push(blockText(pending))
      pending = []
    }
    for (const child of item.children ?? []) {
      if (child.type === 'list') {
        flush()
        lines.push(listText(child))
      } else pending.push(child)
    }
    flush()
  }
  return lines.filter((line) => line !== '').join('\n')
}

type Block = { list: string | null; text: string }

/** Whether a list has an item of its own text, not only lists nested in it. */
const hasOwnItem = (list: RichTextNode) =>
  (list.children ?? []).some((item) => {
    if (item.type === 'list') return false
    const content = (item.children ?? []).filter((child) => child.type !== 'list')
    return content.length === (item.children ?? []).length || blockText(content) !== ''
  })

/** A list's type as shown: a checklist without items of its own shows as a plain list. */
function listType(node: RichTextNode): string {
  const type = ['check', 'number', 'bullet'].includes(node.listType ?? '')
    ? node.listType!
    : node.tag === 'ol'
      ? 'number'
      : 'bullet'
  return type === 'check' && !hasOwnItem(node) ? 'bullet' : type
}

/** A top-level node as a block; null for a text block with nothing to show (it is dropped). */
function blockOf(node: RichTextNode): Block | null {
  if (node.type === 'horizontalrule') return { list: null, text: '' }
  if (node.type === 'list') return { list: listType(node), text: listText(node) }
  // An item met outside a list reads as a one-item list.
  if (node.type === 'listitem') return { list: 'bullet', text: listText({ type: 'list', children: [node] }) }
  // Paragraphs, headings, quotes and any other element whose text can still be shown.
  const text = blockText(node.children ?? [])
  return text === '' ? null : { list: null, text }
}

/**
 * The text a reader sees, for search and short descriptions: blocks separated by a blank
 * line, list items and line breaks on lines of their own, links as their text, no markup.
 * Adjacent lists of one type are one list, as the editor merges them.
 */
export function lexicalToPlainText(state: unknown): string {
  const blocks: Block[] = []
  for (const node of rootOf(state)?.children ?? []) {
    const block = blockOf(node)
    if (!block) continue
    const last = blocks.at(-1)
    if (block.list && last?.list === block.list) last.text = [last.text, block.text].filter(Boolean).join('\n')
    else blocks.push(block)
  }
  return blocks
    .map((block) => block.text)
    .filter((text) => text !== '')
    .join('\n\n')
}
