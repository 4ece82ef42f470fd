import type {
  Blockquote,
  Definition,
  List as MdList,
  ListItem as MdListItem,
  Nodes,
  Root,
  RootContent,
  Table,
} from 'mdast'

import { htmlBlockToParagraphs } from '@content-import/markdown/inline-html'
import { normalizeInlines } from '@content-import/markdown/inline-normalize'
import { phrasingToInlines, type MdastContext } from '@content-import/markdown/mdast-inlines'
import {
  type Block,
  type HeadingLevel,
  type Inline,
  mergeAdjacentLists,
  type List,
  type ListItem,
  type Warning,
} from '@content-import/markdown/model'
import { CODE } from '@/rich-text/node'

/**
 * Turns the Markdown syntax tree into the model. Lexical cannot nest blocks inside list items or quotes,
 * so their paragraphs are joined with line breaks; what cannot be shown at all is dropped with a warning.
 */
export function mdastToModel(root: Root, source: string, lineOffset = 0): { blocks: Block[]; warnings: Warning[] } {
  const converter = new Converter(source, lineOffset)
  collectDefinitions(root, converter.definitions)
  const blocks = converter.blocks(root.children)
  return { blocks, warnings: converter.warnings }
}

function collectDefinitions(node: Nodes, into: Map<string, Definition>): void {
  if (node.type === 'definition') {
    // CommonMark: the first definition of a label wins.
    if (!into.has(node.identifier)) into.set(node.identifier, node)
  } else if ('children' in node) for (const child of node.children) collectDefinitions(child, into)
}

const joinWithBreaks = (parts: Inline[][]): Inline[] =>
  normalizeInlines(parts.flatMap((part, i) => (i === 0 ? part : [{ kind: 'linebreak' as const }, ...part])))

class Converter implements MdastContext {
  readonly warnings: Warning[] = []
  readonly definitions = new Map<string, Definition>()
  private readonly reported = new Set<string>()

  constructor(
    readonly source: string,
    private readonly lineOffset: number,
  ) {}

  warn(node: Nodes | null, message: string, lineInNode = 0): void {
    const start = node?.position?.start.line
    const line = start === undefined ? null : start + lineInNode + this.lineOffset
    const key = `${line}\u0000${message}`
    if (this.reported.has(key)) return
    this.reported.add(key)
    this.warnings.push({ line, message })
  }

  blocks(nodes: RootContent[]): Block[] {
    const out: Block[] = []
    for (const node of nodes) {
      switch (node.type) {
        case 'paragraph': {
          const children = phrasingToInlines(node.children, this)
          if (children.length > 0) out.push({ kind: 'paragraph', children })
          break
        }
        case 'heading': {
          const children = phrasingToInlines(node.children, this)
          if (children.length > 0) out.push({ kind: 'heading', level: node.depth as HeadingLevel, children })
          break
        }
        case 'thematicBreak':
          out.push({ kind: 'hr' })
          break
        case 'blockquote':
          this.quote(node, out)
          break
        case 'list':
          out.push(this.list(node))
          break
        case 'code':
        case 'html':
        case 'table':
          for (const children of this.inlineParts(node)) out.push({ kind: 'paragraph', children })
          break
        case 'definition':
          break
        case 'footnoteDefinition': {
          this.warn(
            node,
            `Dipnot [^${node.label ?? node.identifier}] düz metin olarak bırakıldı (editörde dipnot yok).`,
          )
          const inner = this.blocks(node.children)
          const marker = { kind: 'text' as const, text: `[^${node.label ?? node.identifier}]: `, format: 0 }
          if (inner[0]?.kind === 'paragraph') inner[0].children = normalizeInlines([marker, ...inner[0].children])
          out.push(...inner)
          break
        }
        default:
          this.warn(node, `Desteklenmeyen Markdown öğesi "${node.type}" atlandı.`)
      }
    }
    return mergeAdjacentLists(out)
  }

  /** Blocks that read as text (paragraphs, headings, code, raw HTML, tables), one inline run per paragraph. */
  private inlineParts(node: RootContent): Inline[][] {
    switch (node.type) {
      case 'paragraph':
      case 'heading': {
        const children = phrasingToInlines(node.children, this)
        return children.length > 0 ? [children] : []
      }
      case 'code': {
        const children = codeLines(node.value)
        return children.length > 0 ? [children] : []
      }
      case 'html':
        return htmlBlockToParagraphs(node.value, (offset, message) =>
          this.warn(node, message, countLines(node.value, offset)),
        )
      case 'table':
        return this.tableRows(node)
      case 'definition':
        return []
      default:
        this.warn(node, `Liste öğesi ya da alıntı içindeki "${node.type}" öğesi atlandı.`)
        return []
    }
  }

  private tableRows(table: Table): Inline[][] {
    this.warn(table, 'Tablo, her satırı ayrı bir paragraf olacak şekilde aktarıldı (editörde tablo yok).')
    return table.children
      .map((row) =>
        normalizeInlines(
          row.children.flatMap((cell, i) => [
            ...(i === 0 ? [] : [{ kind: 'text' as const, text: ' | ', format: 0 }]),
            ...phrasingToInlines(cell.children, this),
          ]),
        ),
      )
      .filter((row) => row.length > 0)
  }

  private quote(node: Blockquote, out: Block[]): void {
    let parts: Inline[][] = []
    const flush = () => {
      const children = joinWithBreaks(parts)
      if (children.length > 0) out.push({ kind: 'quote', children })
      parts = []
    }
    const visit = (children: RootContent[]) => {
      for (const child of children) {
        if (child.type === 'blockquote') {
          this.warn(child, 'İç içe alıntı, dıştaki alıntıyla birleştirildi (editörde iç içe alıntı yok).')
          visit(child.children)
        } else if (child.type === 'list' || child.type === 'thematicBreak') {
          this.warn(
            child,
            `Alıntı içindeki ${child.type === 'list' ? 'liste' : 'yatay çizgi'} alıntının dışına taşındı.`,
          )
          flush()
          out.push(...this.blocks([child]))
        } else {
          if (child.type === 'heading') this.warn(child, 'Alıntı içindeki başlık, alıntı metni olarak aktarıldı.')
          parts.push(...this.inlineParts(child))
        }
      }
    }
    visit(node.children)
    flush()
  }

  private list(node: MdList): List {
    const hasTasks = node.children.some((item) => item.checked != null)
    if (hasTasks && node.children.some((item) => item.checked == null && item.children.length > 0)) {
      this.warn(node, 'Listede onay kutulu öğelerle düz öğeler bir arada; tüm öğeler onay kutulu öğeye dönüştürüldü.')
    }
    const listType = hasTasks ? 'check' : node.ordered ? 'number' : 'bullet'
    const start = node.ordered ? (node.start ?? 1) : 1
    const items: ListItem[] = []
    for (const item of node.children) this.listItem(item, items)
    return { kind: 'list', listType, start, items }
  }

  private listItem(item: MdListItem, items: ListItem[]): void {
    const before = items.length
    let parts: Inline[][] = []
    let nestedSeen = false
    const flush = (keepEmpty: boolean) => {
      const children = joinWithBreaks(parts)
      parts = []
      if (children.length === 0 && !keepEmpty) return
      if (nestedSeen) this.warn(item, 'İç içe listeden sonra gelen metin ayrı bir liste öğesi olarak aktarıldı.')
      items.push({ kind: 'item', children, checked: items.length === before && item.checked === true })
    }
    const visit = (children: RootContent[]) => {
      for (const child of children) {
        if (child.type === 'list') {
          flush(false)
          items.push({ kind: 'nested', list: this.list(child) })
          nestedSeen = true
        } else if (child.type === 'blockquote') {
          this.warn(child, 'Liste öğesi içindeki alıntı, öğenin düz metni olarak aktarıldı.')
          visit(child.children)
        } else if (child.type === 'thematicBreak') {
          this.warn(child, 'Liste öğesi içindeki yatay çizgi kaldırıldı.')
        } else {
          if (child.type === 'heading') this.warn(child, 'Liste öğesi içindeki başlık, öğe metni olarak aktarıldı.')
          parts.push(...this.inlineParts(child))
        }
      }
    }
    visit(item.children)
    flush(items.length === before)
  }
}

const countLines = (text: string, offset: number) => text.slice(0, offset).split('\n').length - 1

/**
 * A fenced or indented code block, as the editor can show it: Payload's default features have no code
 * block node (its CodeBlock needs the Blocks feature), so each line is inline code and the lines are
 * joined by line breaks inside one paragraph. Export writes such a paragraph back as a fenced block.
 */
function codeLines(value: string): Inline[] {
  return value
    .split('\n')
    .flatMap((line, i): Inline[] => [
      ...(i === 0 ? [] : [{ kind: 'linebreak' as const }]),
      ...(line === '' ? [] : [{ kind: 'text' as const, text: line, format: CODE }]),
    ])
}
