import type { List as MdList, ListItem as MdListItem, PhrasingContent, RootContent } from 'mdast'

import { autolinkMarkdown } from '@content-import/markdown/autolink-syntax'
import type { Block, Inline, List } from '@content-import/markdown/model'
import { BOLD, CODE, ITALIC, STRIKETHROUGH, SUBSCRIPT, SUPERSCRIPT, UNDERLINE } from '@/rich-text/node'

/**
 * How plainly a block is written. `clean` is what a person would type; `tags` writes every format as an
 * HTML tag, which cannot be misread where `**` next to punctuation or whitespace would be; `literal`
 * additionally escapes all punctuation (see the text handler in to-markdown.ts) and writes line breaks
 * as `<br>`. The exporter tries them in order.
 */
export type Style = 'clean' | 'tags' | 'literal'

/** An empty HTML comment: invisible, dropped on import, and it ends the text node it stands in. */
export const EMPTY_COMMENT = '<!-- -->'

/** Formats Markdown writes as delimiters (in the clean style), outermost first. */
const DELIMITED: Array<[number, 'strong' | 'emphasis' | 'delete']> = [
  [BOLD, 'strong'],
  [ITALIC, 'emphasis'],
  [STRIKETHROUGH, 'delete'],
]
/** Formats only HTML can write (the project keeps underline as `<u>`), and all of them in the tags style. */
const TAGS: Array<[number, string]> = [
  [BOLD, 'strong'],
  [ITALIC, 'em'],
  [STRIKETHROUGH, 's'],
  [UNDERLINE, 'u'],
  [SUBSCRIPT, 'sub'],
  [SUPERSCRIPT, 'sup'],
  [CODE, 'code'],
]
const DELIMITER_BITS = BOLD | ITALIC | STRIKETHROUGH

const html = (value: string): PhrasingContent => ({ type: 'html', value })

/** One block of the model as an mdast node for mdast-util-to-markdown. */
export function blockToMdast(block: Block, style: Style): RootContent {
  switch (block.kind) {
    case 'paragraph':
      if (isCodeBlock(block.children)) return { type: 'code', value: codeLines(block.children) }
      return { type: 'paragraph', children: phrasing(block.children, style, false) }
    case 'heading':
      return { type: 'heading', depth: block.level, children: phrasing(block.children, style, true) }
    case 'quote':
      return { type: 'blockquote', children: [{ type: 'paragraph', children: phrasing(block.children, style, false) }] }
    case 'hr':
      return { type: 'thematicBreak' }
    case 'list':
      return list(block, style)
  }
}

/** A paragraph made only of inline code lines is how import keeps a code block; it goes back as one. */
function isCodeBlock(children: Inline[]): boolean {
  return (
    children.some((child) => child.kind === 'linebreak') &&
    children.some((child) => child.kind === 'text') &&
    children.every((child) => child.kind === 'linebreak' || (child.kind === 'text' && child.format === CODE))
  )
}

function codeLines(children: Inline[]): string {
  return children.map((child) => (child.kind === 'text' ? child.text : '\n')).join('')
}

/** Lexical keeps a nested list as an item of its own after the item it belongs to; mdast puts it inside. */
function list(block: List, style: Style): MdList {
  const items: MdListItem[] = []
  let owner: MdListItem | null = null
  for (const item of block.items) {
    if (item.kind === 'item') {
      const content = phrasing(item.children, style, false)
      // GFM reads `[ ]` as a checkbox only when text follows it; an empty comment is text that shows nothing.
      if (content.length === 0 && block.listType === 'check') content.push(html(EMPTY_COMMENT))
      const mdItem: MdListItem = {
        type: 'listItem',
        spread: false,
        checked: block.listType === 'check' ? item.checked : null,
        children: content.length > 0 ? [{ type: 'paragraph', children: content }] : [],
      }
      items.push(mdItem)
      // A list written under an empty item would become that item's content, not a list item of its own.
      owner = item.children.length > 0 ? mdItem : null
    } else {
      if (owner === null) {
        owner = { type: 'listItem', spread: false, checked: null, children: [] }
        items.push(owner)
      }
      owner.children.push(list(item.list, style))
    }
  }
  const ordered = block.listType === 'number'
  return { type: 'list', ordered, start: ordered ? block.start : null, spread: false, children: items }
}

type Leaf = { node: Inline; format: number }

/** Inline content: delimiter formats shared by neighbouring runs open once around all of them. */
function phrasing(items: Inline[], style: Style, inHeading: boolean): PhrasingContent[] {
  const own = items.map((item) => (item.kind === 'linebreak' ? null : formatOf(item)))
  // A line break keeps what is open on both of its sides.
  const leaves: Leaf[] = items.map((node, index) => {
    const format = own[index]
    if (format !== null) return { node, format }
    const before = own.slice(0, index).findLast((f) => f !== null) ?? 0
    const after = own.slice(index + 1).find((f) => f !== null) ?? 0
    return { node, format: before & after }
  })
  const inner = (index: number) => items.slice(0, index).some(isContent) && items.slice(index + 1).some(isContent)
  const leafNodes = (leaf: Leaf, index: number): PhrasingContent[] => {
    const { node } = leaf
    if (node.kind === 'linebreak')
      return inner(index) && style !== 'literal' && !inHeading ? [{ type: 'break' }] : [html('<br>')]
    if (node.kind === 'text') return withTags(textNodes(node.text, node.format, style), node.format, style)
    const auto = autolinkMarkdown(node)
    if (auto !== null)
      return withTags([html(auto)], node.children[0]?.kind === 'text' ? node.children[0].format : 0, style)
    return [{ type: 'link', url: node.url, children: phrasing(node.children, style, inHeading) }]
  }
  const indexed = leaves.map((leaf, index) => ({ leaf, index }))
  const nodes =
    style === 'clean' ? delimited(indexed, 0, leafNodes) : indexed.flatMap(({ leaf, index }) => leafNodes(leaf, index))
  // A line of nothing but one tag starts an HTML block, which would swallow the lines after it.
  if (!inHeading && nodes.length === 1 && nodes[0].type === 'html' && nodes[0].value === '<br>')
    nodes.push(html(EMPTY_COMMENT))
  return nodes
}

const isContent = (item: Inline) => item.kind !== 'linebreak'

function formatOf(item: Exclude<Inline, { kind: 'linebreak' }>): number {
  if (item.kind === 'text') return item.format
  if (autolinkMarkdown(item) !== null) return (item.children[0] as { format: number }).format
  return 0
}

type Indexed = { leaf: Leaf; index: number }

/** Runs that share a delimiter format go inside one strong/emphasis/delete node, longest run outermost. */
function delimited(
  run: Indexed[],
  open: number,
  leafNodes: (leaf: Leaf, index: number) => PhrasingContent[],
): PhrasingContent[] {
  const out: PhrasingContent[] = []
  let i = 0
  while (i < run.length) {
    const pending = run[i].leaf.format & DELIMITER_BITS & ~open
    if (pending === 0) {
      const { leaf, index } = run[i]
      out.push(...leafNodes({ ...leaf, format: leaf.format & ~DELIMITER_BITS }, index))
      i++
      continue
    }
    let best: [number, 'strong' | 'emphasis' | 'delete'] = DELIMITED[0]
    let bestLength = -1
    for (const entry of DELIMITED) {
      if (!(pending & entry[0])) continue
      let length = 0
      while (i + length < run.length && run[i + length].leaf.format & entry[0]) length++
      if (length > bestLength) [best, bestLength] = [entry, length]
    }
    const children = delimited(run.slice(i, i + bestLength), open | best[0], leafNodes)
    out.push({ type: best[1], children } as PhrasingContent)
    i += bestLength
  }
  return out
}

/** HTML tags around a run for the formats the style writes as tags (code stays a code span unless literal). */
function withTags(nodes: PhrasingContent[], format: number, style: Style): PhrasingContent[] {
  let out = nodes
  for (const [bit, name] of [...TAGS].reverse()) {
    if (!(format & bit)) continue
    if (bit & DELIMITER_BITS && style === 'clean') continue
    if (bit === CODE && style !== 'literal') continue
    out = [html(`<${name}>`), ...out, html(`</${name}>`)]
  }
  return out
}

/**
 * A text run: a code span, or text cut where GFM would otherwise see a literal autolink (the parser finds
 * those after escapes are resolved, so no backslash prevents it), with no-break spaces written as `&nbsp;`
 * (one looks like any other space in an editor and is easily lost).
 */
function textNodes(text: string, format: number, style: Style): PhrasingContent[] {
  if (format & CODE && style !== 'literal') return [{ type: 'inlineCode', value: text }]
  const breaks = autolinkBreaks(text)
  const out: PhrasingContent[] = []
  let current = ''
  const flush = () => {
    if (current !== '') out.push({ type: 'text', value: current })
    current = ''
  }
  for (let i = 0; i < text.length; i++) {
    if (breaks.has(i)) {
      flush()
      out.push(html(EMPTY_COMMENT))
    }
    if (text[i] === '\u00a0') {
      flush()
      out.push(html('&nbsp;'))
    } else current += text[i]
  }
  flush()
  return out
}

function autolinkBreaks(text: string): Set<number> {
  const breaks = new Set<number>()
  for (const match of text.matchAll(/(?<![\da-z])(?:https?:\/\/|www\.)/gi)) breaks.add(match.index + 1)
  for (const match of text.matchAll(/[\w+\-.]@[\w-]/g)) breaks.add(match.index + 2)
  return breaks
}
