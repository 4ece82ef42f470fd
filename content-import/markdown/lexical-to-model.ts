import type { SerializedEditorState } from 'lexical'

import { autolinkMarkdown } from '@content-import/markdown/autolink-syntax'
import { normalizeInlines } from '@content-import/markdown/inline-normalize'
import {
  mergeAdjacentLists,
  type Block,
  type HeadingLevel,
  type Inline,
  type LineBreak,
  type Link,
  type List,
  type ListItem,
  type ListType,
  type TextRun,
} from '@content-import/markdown/model'
import { KNOWN_FORMATS } from '@/rich-text/node'
import { checkUrl } from '@/rich-text/safe-url'

/**
 * Reads Lexical JSON, as stored by Payload, into the model. Editors can make shapes import never does
 * (empty paragraphs, unmerged text, a paragraph inside a quote), so everything goes through the same
 * normalisation as import. What Markdown cannot hold is left out: uploads, relationships, internal links
 * (kept as their text), alignment and indentation, and links whose scheme import would refuse.
 */
export function lexicalToModel(state: SerializedEditorState): Block[] {
  return mergeAdjacentLists(readBlocks(childrenOf(state.root)))
}

type Json = { type?: unknown; children?: unknown } & Record<string, unknown>

const isJson = (value: unknown): value is Json => typeof value === 'object' && value !== null
const childrenOf = (node: unknown): Json[] =>
  isJson(node) && Array.isArray(node.children) ? node.children.filter(isJson) : []

function readBlocks(nodes: Json[]): Block[] {
  const out: Block[] = []
  for (const node of nodes) {
    switch (node.type) {
      case 'horizontalrule':
        out.push({ kind: 'hr' })
        break
      case 'list':
        out.push(readList(node))
        break
      case 'listitem':
        out.push({ kind: 'list', listType: 'bullet', start: 1, items: readListItem(node, false) })
        break
      case 'heading': {
        const children = readInlines(childrenOf(node))
        const level = Number(/^h([1-6])$/.exec(String(node.tag))?.[1] ?? 1) as HeadingLevel
        if (children.length > 0) out.push({ kind: 'heading', level, children })
        break
      }
      case 'quote': {
        const children = readInlines(childrenOf(node))
        if (children.length > 0) out.push({ kind: 'quote', children })
        break
      }
      default: {
        // Paragraphs, and any other element whose text can still be shown; decorators have none.
        const children = readInlines(childrenOf(node))
        if (children.length > 0) out.push({ kind: 'paragraph', children })
      }
    }
  }
  return out
}

function readList(node: Json): List {
  const listType: ListType =
    node.listType === 'check' || node.listType === 'number' || node.listType === 'bullet'
      ? node.listType
      : node.tag === 'ol'
        ? 'number'
        : 'bullet'
  const start = listType === 'number' && Number.isInteger(node.start) ? Math.max(0, node.start as number) : 1
  const items = childrenOf(node).flatMap((child) =>
    child.type === 'list'
      ? [{ kind: 'nested' as const, list: readList(child) }]
      : readListItem(child, listType === 'check'),
  )
  // A checklist shows as one only through its checkboxes; with no item of its own it is a plain list.
  const shownType = listType === 'check' && !items.some((item) => item.kind === 'item') ? 'bullet' : listType
  return { kind: 'list', listType: shownType, start, items }
}

/** An item's text, with any list inside it split off into an item of its own, as Lexical nests lists. */
function readListItem(node: Json, inChecklist: boolean): ListItem[] {
  const items: ListItem[] = []
  let pending: Json[] = []
  let first = true
  const flush = (keepEmpty: boolean) => {
    const children = readInlines(pending)
    pending = []
    if (children.length === 0 && !keepEmpty) return
    items.push({ kind: 'item', children, checked: first && inChecklist && node.checked === true })
    first = false
  }
  for (const child of childrenOf(node)) {
    if (child.type === 'list') {
      flush(false)
      items.push({ kind: 'nested', list: readList(child) })
    } else pending.push(child)
  }
  flush(items.length === 0)
  return items
}

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'quote', 'listitem'])

function readInlines(nodes: Json[]): Inline[] {
  const out: Inline[] = []
  let afterBlock = false
  for (const node of nodes) {
    // A block inside a block (a paragraph in a quote) is joined by a line break, as import does.
    if (BLOCK_TYPES.has(String(node.type))) {
      if (afterBlock || out.length > 0) out.push({ kind: 'linebreak' })
      out.push(...readInlines(childrenOf(node)))
      afterBlock = true
      continue
    }
    if (afterBlock) out.push({ kind: 'linebreak' })
    afterBlock = false
    out.push(...readInline(node))
  }
  return normalizeInlines(out)
}

function readInline(node: Json): Inline[] {
  switch (node.type) {
    case 'text':
    case 'tab':
      return textRuns(typeof node.text === 'string' ? node.text : node.type === 'tab' ? '\t' : '', node.format)
    case 'linebreak':
      return [{ kind: 'linebreak' }]
    case 'link':
    case 'autolink': {
      const children = childrenOf(node).flatMap(readLeaves)
      const fields = isJson(node.fields) ? node.fields : {}
      const checked = fields.linkType !== 'internal' && typeof fields.url === 'string' ? checkUrl(fields.url) : null
      // A link nobody can see is not kept (import would show its URL instead, and that is not what it says).
      const visible = children.some((child) => child.kind === 'text' && child.text.trim() !== '')
      if (!checked?.ok || !visible) return children
      const link: Link = { kind: 'link', url: checked.url, auto: node.type === 'autolink', children }
      // Markdown has autolinks only for text that is the URL itself; any other is an ordinary link.
      return [{ ...link, auto: link.auto && autolinkMarkdown(link) !== null }]
    }
    default:
      return childrenOf(node).flatMap(readInline)
  }
}

/** A link holds text and line breaks only; anything nested deeper is flattened into it. */
function readLeaves(node: Json): Array<TextRun | LineBreak> {
  return readInline(node).flatMap((inline) => (inline.kind === 'link' ? inline.children : [inline]))
}

/** Lexical text never holds a newline, but stored JSON might; it is a line break wherever it appears. */
function textRuns(text: string, format: unknown): Inline[] {
  const bits = typeof format === 'number' ? format & KNOWN_FORMATS : 0
  return text
    .split(/\r\n?|\n/)
    .flatMap((line, i): Inline[] => [
      ...(i === 0 ? [] : [{ kind: 'linebreak' as const }]),
      { kind: 'text', text: line, format: bits },
    ])
}
