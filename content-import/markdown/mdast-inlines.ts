import type { Definition, Nodes, PhrasingContent } from 'mdast'

import { AnchorTracker, HtmlState, linkShowingText, tokenizeHtml } from '@content-import/markdown/inline-html'
import { normalizeInlines } from '@content-import/markdown/inline-normalize'
import type { Inline } from '@content-import/markdown/model'
import { BOLD, CODE, ITALIC, STRIKETHROUGH } from '@/rich-text/node'
import { checkUrl } from '@/rich-text/safe-url'

/** What the inline conversion needs from the block conversion around it. */
export type MdastContext = {
  warn(node: Nodes | null, message: string): void
  /** Link reference definitions (`[label]: url`) of the whole document. */
  readonly definitions: Map<string, Definition>
  /** The Markdown source, to tell autolinks from `[text](url)`. */
  readonly source: string
}

/** One block's inline content. Raw HTML tags are tracked across the whole block, as a browser would. */
export function phrasingToInlines(nodes: PhrasingContent[], context: MdastContext): Inline[] {
  const out: Inline[] = []
  let current: Nodes | null = null
  const warn = (message: string) => context.warn(current, message)
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
          const url = node.type === 'link' ? node.url : context.definitions.get(node.identifier)?.url
          if (url === undefined || linked || html.hidesText) {
            visit(node.children, format, into, linked)
            break
          }
          const checked = checkUrl(url)
          if (!checked.ok) {
            context.warn(node, `"${url}" adresine giden bağlantı kaldırıldı, bağlantı metni korundu: ${checked.reason}`)
            visit(node.children, format, into, linked)
            break
          }
          if (checked.note) context.warn(node, checked.note)
          const linkChildren: Inline[] = []
          visit(node.children, format, linkChildren, true)
          const { link, hadText } = linkShowingText(
            checked.url,
            linkChildren,
            textFormat,
            isAutolink(node, context.source),
          )
          if (!hadText)
            context.warn(
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
          const url = node.type === 'image' ? node.url : context.definitions.get(node.identifier)?.url
          const checked = url === undefined ? undefined : checkUrl(url)
          if (linked || checked === undefined || !checked.ok) {
            const why = linked
              ? 'görsel bir bağlantının içinde.'
              : checked && !checked.ok
                ? checked.reason
                : 'görselin adresi (URL) yok.'
            context.warn(node, `Görsel yerine alternatif metni "${alt}" gösterildi: ${why}`)
            if (alt !== '') into.push({ kind: 'text', text: alt, format: textFormat })
            break
          }
          context.warn(
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
          context.warn(
            node,
            `Dipnot işareti [^${node.label ?? node.identifier}] düz metin olarak bırakıldı (editörde dipnot yok).`,
          )
          into.push({ kind: 'text', text: `[^${node.label ?? node.identifier}]`, format: textFormat })
          break
        default:
          context.warn(node, `Desteklenmeyen Markdown öğesi "${(node as Nodes).type}" atlandı.`)
      }
    }
    if (anchor.isOpen)
      context.warn(
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
function isAutolink(node: Nodes, source: string): boolean {
  const offset = node.position?.start.offset
  return node.type === 'link' && (offset === undefined || source[offset] !== '[')
}

/** CommonMark renders a soft line break as a newline, which HTML shows as a space. */
const softBreaksToSpaces = (text: string) => text.replace(/[ \t]*\n[ \t]*/g, ' ')
