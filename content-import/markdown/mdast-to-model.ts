import type {
  Blockquote,
  Definition,
  List as MdList,
  ListItem as MdListItem,
  Nodes,
  PhrasingContent,
  Root,
  RootContent,
  Table,
} from 'mdast'

import {
  AnchorTracker,
  htmlBlockToParagraphs,
  HtmlState,
  linkShowingText,
  tokenizeHtml,
} from '@content-import/markdown/inline-html'
import { normalizeInlines } from '@content-import/markdown/inline-normalize'
import {
  type Block,
  type HeadingLevel,
  type Inline,
  mergeAdjacentLists,
  type List,
  type ListItem,
  type Warning,
} from '@content-import/markdown/model'
import { BOLD, CODE, ITALIC, STRIKETHROUGH } from '@/rich-text/node'
import { checkUrl } from '@/rich-text/safe-url'

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

class Converter {
  readonly warnings: Warning[] = []
  readonly definitions = new Map<string, Definition>()
  private readonly reported = new Set<string>()

  constructor(
    private readonly source: string,
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
          const children = this.inlines(node.children)
          if (children.length > 0) out.push({ kind: 'paragraph', children })
          break
        }
        case 'heading': {
          const children = this.inlines(node.children)
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
        const children = this.inlines(node.children)
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
            ...this.inlines(cell.children),
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

  /** One block's inline content. Raw HTML tags are tracked across the whole block, as a browser would. */
  private inlines(nodes: PhrasingContent[]): Inline[] {
    const out: Inline[] = []
    let current: Nodes | null = null
    const warn = (message: string) => this.warn(current, message)
    const html = new HtmlState(warn)
    const visit = (children: PhrasingContent[], format: number, outside: Inline[], inLink: boolean) => {
      // `<a href>` … `</a>` become a link when both tags stand in the same run of content.
      const anchor = new AnchorTracker(warn)
      for (const node of children) {
        current = node
        const into = anchor.target(outside)
        const linked = inLink || anchor.isOpen
        const textFormat = format | html.format
        switch (node.type) {
          case 'text':
            if (!html.hidesText) into.push({ kind: 'text', text: softBreaksToSpaces(node.value), format: textFormat })
            break
          case 'inlineCode':
            // CommonMark turns a line ending inside a code span into a space and keeps the rest as is.
            if (!html.hidesText)
              into.push({ kind: 'text', text: node.value.replace(/\n/g, ' '), format: textFormat | CODE })
            break
          case 'emphasis':
            visit(node.children, format | ITALIC, into, linked)
            break
          case 'strong':
            visit(node.children, format | BOLD, into, linked)
            break
          case 'delete':
            visit(node.children, format | STRIKETHROUGH, into, linked)
            break
          case 'break':
            if (!html.hidesText) into.push({ kind: 'linebreak' })
            break
          case 'html':
            for (const token of tokenizeHtml(node.value)) {
              if (token.kind !== 'tag') continue
              const effect = html.apply(token.tag)
              if (effect.kind === 'linebreak') anchor.target(outside).push({ kind: 'linebreak' })
              else if (effect.kind === 'cell')
                anchor.target(outside).push({ kind: 'text', text: ' ', format: textFormat })
              else if (effect.kind === 'anchor' && !inLink) anchor.start(effect.href)
              else if (effect.kind === 'anchor-end') anchor.end(outside, format | html.format)
            }
            break
          case 'link':
          case 'linkReference': {
            const url = node.type === 'link' ? node.url : this.definitions.get(node.identifier)?.url
            if (url === undefined || linked || html.hidesText) {
              visit(node.children, format, into, linked)
              break
            }
            const checked = checkUrl(url)
            if (!checked.ok) {
              this.warn(node, `"${url}" adresine giden bağlantı kaldırıldı, bağlantı metni korundu: ${checked.reason}`)
              visit(node.children, format, into, linked)
              break
            }
            if (checked.note) this.warn(node, checked.note)
            const linkChildren: Inline[] = []
            visit(node.children, format, linkChildren, true)
            const { link, hadText } = linkShowingText(checked.url, linkChildren, textFormat, this.isAutolink(node))
            if (!hadText)
              this.warn(
                node,
                `${checked.url} adresine giden bağlantının metni yok; metin yerine adresin kendisi gösteriliyor.`,
              )
            into.push(link)
            break
          }
          case 'image':
          case 'imageReference': {
            if (html.hidesText) break
            const alt = node.alt ?? ''
            const url = node.type === 'image' ? node.url : this.definitions.get(node.identifier)?.url
            const checked = url === undefined ? undefined : checkUrl(url)
            if (linked || checked === undefined || !checked.ok) {
              const why = linked
                ? 'görsel bir bağlantının içinde.'
                : checked && !checked.ok
                  ? checked.reason
                  : 'görselin adresi (URL) yok.'
              this.warn(node, `Görsel yerine alternatif metni "${alt}" gösterildi: ${why}`)
              if (alt !== '') into.push({ kind: 'text', text: alt, format: textFormat })
              break
            }
            this.warn(
              node,
              `Görsel, ${checked.url} adresine giden bir bağlantı olarak aktarıldı (editör, adresi verilen görselleri sayfaya gömemez).`,
            )
            into.push({
              kind: 'link',
              url: checked.url,
              auto: false,
              children: [{ kind: 'text', text: alt || checked.url, format: textFormat }],
            })
            break
          }
          case 'footnoteReference':
            this.warn(
              node,
              `Dipnot işareti [^${node.label ?? node.identifier}] düz metin olarak bırakıldı (editörde dipnot yok).`,
            )
            into.push({ kind: 'text', text: `[^${node.label ?? node.identifier}]`, format: textFormat })
            break
          default:
            this.warn(node, `Desteklenmeyen Markdown öğesi "${(node as Nodes).type}" atlandı.`)
        }
      }
      if (anchor.isOpen)
        this.warn(
          current,
          '<a> etiketinin aynı paragraf bölümünde kapanışı (</a>) yok; bağlantı bölümün sonuna kadar uzatıldı. Bağlantının bittiği yere </a> ekleyin.',
        )
      anchor.end(outside, format | html.format)
    }
    visit(nodes, 0, out, false)
    return normalizeInlines(out)
  }

  /**
   * `<https://…>` and bare `www.…`/`https://…`/addresses (GFM) are autolinks: only `[text](url)` starts
   * with `[`, and the links GFM finds in text after parsing have no position at all.
   */
  private isAutolink(node: Nodes): boolean {
    const offset = node.position?.start.offset
    return node.type === 'link' && (offset === undefined || this.source[offset] !== '[')
  }
}

/** CommonMark renders a soft line break as a newline, which HTML shows as a space. */
const softBreaksToSpaces = (text: string) => text.replace(/[ \t]*\n[ \t]*/g, ' ')

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
