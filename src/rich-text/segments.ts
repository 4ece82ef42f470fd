import { createHash } from 'node:crypto'

import { formatOf, isLink, KNOWN_FORMATS, linkTarget, rootOf, type RichTextNode } from '@/rich-text/node'

/**
 * The one place a document's translatable content is cut into units: every paragraph, heading,
 * quote and list item of a rich-text field, and every title or label field, each with an id
 * that stays the same while the document's structure does, and a fingerprint of its text
 * (formatting and links included). The XLIFF exchange (content-import/xliff/) writes and reads
 * units; what compares translations paragraph by paragraph reads them here too.
 *
 * Ids: a text field's unit is the field's name (`label`); a block of a rich-text field is the
 * field's name and the block's place in the tree, its indexes from the root joined by dots
 * (`body-3` the fourth block, `body-2.1` the second item of the list that is the third block).
 * A paragraph inserted before others therefore gives the later ones new ids: the fingerprint
 * still tells a changed unit from an unchanged one, which is what a reader of units relies on.
 */

/**
 * The content of a unit: text, line breaks, and spans that carry a code (formatting, a link,
 * or an element the unit does not know, kept as it is). `code` names a code of the unit.
 */
export type Inline =
  { kind: 'text'; text: string } | { kind: 'break' } | { kind: 'span'; code: string; children: Inline[] }

/** What a code stands for; rebuilt from the unit's source, never from what a translator sent. */
export type Code =
  | { kind: 'format'; format: number }
  | { kind: 'link'; url: string; node: RichTextNode }
  /** An inline element of another type: `node` without its children, put back as it was. */
  | { kind: 'element'; node: RichTextNode }
  /** An inline leaf of another type (no children), put back as it was. */
  | { kind: 'leaf'; node: RichTextNode }

export type UnitKind = 'text' | 'paragraph' | 'heading' | 'quote' | 'listitem'

export type Unit = {
  id: string
  field: string
  kind: UnitKind
  content: Inline[]
  /** The codes its content names, by id ("1", "2", …, in the order they open). */
  codes: Map<string, Code>
  /** The text without codes (line breaks as "\n"). */
  text: string
  /** A fingerprint of the content as a reader sees it: text, formatting and link targets. */
  fingerprint: string
}

/** Lexical's format bits in the order spans nest, outermost first (as the site's HTML nests them). */
const formatOrder = [1, 2, 4, 8, 16, 32, 64]

const blockKinds: Partial<Record<string, UnitKind>> = { paragraph: 'paragraph', heading: 'heading', quote: 'quote' }

export const plainOf = (content: Inline[]): string =>
  content.map((i) => (i.kind === 'text' ? i.text : i.kind === 'break' ? '\n' : plainOf(i.children))).join('')

/** Codes as the fingerprint sees them: what they do, not their numbers. */
const visibleCode = (code: Code | undefined): unknown =>
  code?.kind === 'format'
    ? code.format
    : code?.kind === 'link'
      ? ['a', code.url, Boolean(code.node.fields?.newTab)]
      : code
        ? code.node.type
        : null

function visibleOf(content: Inline[], codes: Map<string, Code>): unknown[] {
  return content.map((i) =>
    i.kind === 'text'
      ? i.text
      : i.kind === 'break'
        ? 0
        : [visibleCode(codes.get(i.code)), visibleOf(i.children, codes)],
  )
}

export function fingerprintOf(content: Inline[], codes: Map<string, Code>): string {
  return createHash('sha256')
    .update(JSON.stringify(visibleOf(content, codes)))
    .digest('hex')
    .slice(0, 16)
}

/** Builds a unit's content from inline Lexical nodes: runs of one format share one span. */
class ContentBuilder {
  readonly codes = new Map<string, Code>()

  private code(code: Code): string {
    const id = String(this.codes.size + 1)
    this.codes.set(id, code)
    return id
  }

  /** Inline nodes to content: each format bit opens a span that lasts while the runs keep it. */
  build(nodes: RichTextNode[]): Inline[] {
    const top: Inline[] = []
    // The open format spans, outermost first, with the list their children go to.
    const open: Array<{ bit: number; children: Inline[] }> = []
    const target = () => open.at(-1)?.children ?? top
    const reopen = (format: number) => {
      while (open.length && !(format & open.at(-1)!.bit)) open.pop()
      // A bit wanted but opened below a bit that ends: close down to it, then open in order.
      const wanted = formatOrder.filter((bit) => format & bit)
      let keep = 0
      while (keep < open.length && open[keep].bit === wanted[keep]) keep++
      open.length = keep
      for (const bit of wanted.slice(keep)) {
        const span: Inline = { kind: 'span', code: this.code({ kind: 'format', format: bit }), children: [] }
        target().push(span)
        open.push({ bit, children: span.children })
      }
    }
    for (const node of nodes) {
      if (!node || typeof node !== 'object') continue
      if (node.type === 'text' || node.type === 'tab') {
        const text = typeof node.text === 'string' ? node.text : node.type === 'tab' ? '\t' : ''
        if (text === '') continue
        reopen(formatOf(node) & KNOWN_FORMATS)
        const last = target().at(-1)
        if (last?.kind === 'text') last.text += text
        else target().push({ kind: 'text', text })
        continue
      }
      open.length = 0
      if (node.type === 'linebreak') top.push({ kind: 'break' })
      else if (isLink(node)) {
        const { children: _children, ...shell } = node
        const url = linkTarget(node)
        const code = this.code({ kind: 'link', url: typeof url === 'string' ? url : '', node: shell })
        top.push({ kind: 'span', code, children: this.build(node.children ?? []) })
      } else if (Array.isArray(node.children)) {
        const { children: _children, ...shell } = node
        const code = this.code({ kind: 'element', node: shell })
        top.push({ kind: 'span', code, children: this.build(node.children) })
      } else top.push({ kind: 'span', code: this.code({ kind: 'leaf', node }), children: [] })
    }
    return top
  }
}

function unitOf(id: string, field: string, kind: UnitKind, nodes: RichTextNode[]): Unit | null {
  const builder = new ContentBuilder()
  const content = builder.build(nodes)
  const text = plainOf(content)
  if (text.trim() === '' && !content.some((i) => i.kind === 'span')) return null
  return { id, field, kind, content, codes: builder.codes, text, fingerprint: fingerprintOf(content, builder.codes) }
}

/** A title or label field as one unit; none when it is empty. */
export function textUnit(field: string, value: unknown): Unit | null {
  if (typeof value !== 'string' || value.trim() === '') return null
  const content: Inline[] = [{ kind: 'text', text: value }]
  const codes = new Map<string, Code>()
  return { id: field, field, kind: 'text', content, codes, text: value, fingerprint: fingerprintOf(content, codes) }
}

/** Blocks that hold units, with their path: where they are is their id. */
function* unitNodes(nodes: RichTextNode[], path: number[]): Generator<[RichTextNode, number[], UnitKind]> {
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]
    if (!node || typeof node !== 'object') continue
    const here = [...path, i]
    if (node.type === 'list') yield* unitNodes(node.children ?? [], here)
    else if (node.type === 'listitem') {
      yield [node, here, 'listitem']
      // A nested list sits in an item of its own (Lexical) or after the item's text; counted
      // among the item's lists only, so that the text before it may change without moving it.
      const lists = (node.children ?? []).filter((child) => child?.type === 'list')
      for (let j = 0; j < lists.length; j++) yield* unitNodes(lists[j].children ?? [], [...here, j])
    } else if (blockKinds[node.type ?? '']) yield [node, here, blockKinds[node.type ?? '']!]
  }
}

/** The units of a rich-text field, in reading order; none when the value is not rich text. */
export function richTextUnits(field: string, state: unknown): Unit[] {
  const root = rootOf(state)
  if (!root) return []
  const units: Unit[] = []
  for (const [node, path, kind] of unitNodes(root.children ?? [], [])) {
    const inline = (node.children ?? []).filter((child) => child?.type !== 'list')
    const unit = unitOf(`${field}-${path.join('.')}`, field, kind, inline)
    if (unit) units.push(unit)
  }
  return units
}

/** Content back to Lexical nodes, each code rebuilt from the unit's own `codes`. */
export function contentToNodes(content: Inline[], codes: Map<string, Code>, format = 0): RichTextNode[] {
  const out: RichTextNode[] = []
  for (const inline of content) {
    if (inline.kind === 'text')
      out.push({
        type: 'text',
        text: inline.text,
        format,
        detail: 0,
        mode: 'normal',
        style: '',
        version: 1,
      } as RichTextNode)
    else if (inline.kind === 'break') out.push({ type: 'linebreak', version: 1 } as RichTextNode)
    else {
      const code = codes.get(inline.code)
      if (!code) throw new Error(`unknown code ${inline.code}`)
      if (code.kind === 'format') out.push(...contentToNodes(inline.children, codes, format | code.format))
      else if (code.kind === 'leaf') out.push(structuredClone(code.node))
      else out.push({ ...structuredClone(code.node), children: contentToNodes(inline.children, codes, format) })
    }
  }
  return out
}

/**
 * A rich-text value with some of its units' content replaced (by unit id); every other node,
 * list and block stays as it was. The value given is not changed.
 */
export function withUnitContent(state: unknown, field: string, replaced: Map<string, RichTextNode[]>): unknown {
  const copy = structuredClone(state) as { root?: RichTextNode }
  const root = rootOf(copy)
  if (!root) return copy
  for (const [node, path] of unitNodes(root.children ?? [], [])) {
    const nodes = replaced.get(`${field}-${path.join('.')}`)
    if (!nodes) continue
    const lists = (node.children ?? []).filter((child) => child?.type === 'list')
    node.children = [...nodes, ...lists]
  }
  return copy
}

/** A unit id's place in its field's tree (`body-2.1` → [2, 1]); null for another field's id. */
export function placeOfUnit(field: string, id: string): number[] | null {
  const place = id.startsWith(`${field}-`) ? id.slice(field.length + 1) : ''
  return /^\d+(\.\d+)*$/.test(place) ? place.split('.').map(Number) : null
}

/**
 * The block a place names, read as `unitNodes` counts (a list's items by index, an item's
 * nested lists by their index among its lists), over any tree: the stored JSON or the live
 * editor's nodes. Null unless a block that holds a unit stands there.
 */
export function blockAtPlace<N>(
  top: N[],
  place: number[],
  type: (node: N) => string,
  children: (node: N) => N[],
): N | null {
  let nodes = top
  let node: N | undefined
  for (let i = 0; i < place.length;) {
    node = nodes[place[i++]]
    if (!node) return null
    if (type(node) === 'list') nodes = children(node)
    else if (type(node) === 'listitem' && i < place.length) {
      const list = children(node).filter((child) => type(child) === 'list')[place[i++]]
      if (!list) return null
      nodes = children(list)
    } else if (i < place.length) return null
  }
  return node && (blockKinds[type(node)] || type(node) === 'listitem') ? node : null
}
