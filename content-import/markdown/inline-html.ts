import { decodeEntities } from '@content-import/markdown/html-entities'
import { normalizeInlines } from '@content-import/markdown/inline-normalize'
import { type Inline, type Link } from '@content-import/markdown/model'
import { BOLD, CODE, ITALIC, STRIKETHROUGH, SUBSCRIPT, SUPERSCRIPT, UNDERLINE } from '@/rich-text/node'
import { checkUrl } from '@/rich-text/safe-url'

/**
 * Raw HTML in the advice texts is mostly `<u>` around link text; the rest is whatever editors pasted.
 * Tags that only style text become Lexical text formats (so `<u>` keeps showing as underline); `<br>` is a
 * line break; `<a href>` a link; script and style go with their content; every other tag is dropped and
 * its text kept.
 */
const FORMAT_TAGS: Record<string, number> = {
  b: BOLD,
  strong: BOLD,
  i: ITALIC,
  em: ITALIC,
  s: STRIKETHROUGH,
  strike: STRIKETHROUGH,
  del: STRIKETHROUGH,
  u: UNDERLINE,
  ins: UNDERLINE,
  code: CODE,
  kbd: CODE,
  samp: CODE,
  tt: CODE,
  sub: SUBSCRIPT,
  sup: SUPERSCRIPT,
}
const DROPPED_WITH_CONTENT = new Set(['script', 'style'])
/** Elements a browser starts on a new line; raw HTML blocks are split into paragraphs at them. */
const BLOCK_TAGS = new Set(
  (
    'address article aside blockquote body caption center dd details dialog div dl dt fieldset figcaption ' +
    'figure footer form h1 h2 h3 h4 h5 h6 header hr html legend li main nav ol p pre section summary table ' +
    'tbody tfoot thead tr ul'
  ).split(' '),
)
const CELL_TAGS = new Set(['td', 'th'])

export type HtmlTag = { name: string; closing: boolean; selfClosing: boolean; source: string }
export type HtmlToken = { offset: number } & (
  { kind: 'tag'; tag: HtmlTag } | { kind: 'text'; text: string } | { kind: 'other' }
)

const ATTRIBUTE = String.raw`\s+[A-Za-z_:][A-Za-z0-9_.:-]*(?:\s*=\s*(?:[^"'=<>\x60\s]+|'[^']*'|"[^"]*"))?`
const TOKEN = new RegExp(
  [
    String.raw`<[A-Za-z][A-Za-z0-9-]*(?:${ATTRIBUTE})*\s*\/?>`,
    String.raw`<\/[A-Za-z][A-Za-z0-9-]*\s*>`,
    String.raw`<!--[\s\S]*?-->`,
    String.raw`<\?[\s\S]*?\?>`,
    String.raw`<![A-Za-z][^>]*>`,
    String.raw`<!\[CDATA\[[\s\S]*?\]\]>`,
  ].join('|'),
  'g',
)

/**
 * Splits raw HTML into tags, text and the rest (comments, declarations), as CommonMark delimits them.
 * Kept home-made: an HTML parser (parse5, htmlparser2) would build a tree from tags CommonMark splits
 * across inline nodes and close or reorder them as a browser does, so `<u>` runs would not match the Markdown.
 */
export function tokenizeHtml(html: string): HtmlToken[] {
  const tokens: HtmlToken[] = []
  let last = 0
  for (const match of html.matchAll(TOKEN)) {
    const offset = match.index
    if (offset > last) tokens.push({ kind: 'text', text: html.slice(last, offset), offset: last })
    const source = match[0]
    const name = /^<\/?([A-Za-z][A-Za-z0-9-]*)/.exec(source)?.[1]?.toLowerCase()
    if (name === undefined) tokens.push({ kind: 'other', offset })
    else {
      const tag = { name, closing: source.startsWith('</'), selfClosing: source.endsWith('/>'), source }
      tokens.push({ kind: 'tag', tag, offset })
    }
    last = offset + source.length
  }
  if (last < html.length) tokens.push({ kind: 'text', text: html.slice(last), offset: last })
  return tokens
}

export type TagEffect =
  { kind: 'none' | 'linebreak' | 'block' | 'cell' | 'anchor-end' } | { kind: 'anchor'; href: string | null }

const NONE: TagEffect = { kind: 'none' }

/**
 * What the open HTML tags of one block do to its text. Tags are counted rather than matched, because
 * Markdown can cut across them (`**a <u>b** c</u>`): a format is on while more of its tags are open than
 * closed, which is how a browser renders the same text.
 */
export class HtmlState {
  private readonly open = new Map<number, number>()
  private scriptDepth = 0

  constructor(private readonly warn: (message: string) => void) {}

  /** The format bits the open tags add to text. */
  get format(): number {
    let format = 0
    for (const [bit, count] of this.open) if (count > 0) format |= bit
    return format
  }

  /** True inside `<script>` or `<style>`, whose text is not shown. */
  get hidesText(): boolean {
    return this.scriptDepth > 0
  }

  apply(tag: HtmlTag): TagEffect {
    if (DROPPED_WITH_CONTENT.has(tag.name)) {
      if (tag.closing) this.scriptDepth = Math.max(0, this.scriptDepth - 1)
      else if (!tag.selfClosing) {
        if (this.scriptDepth === 0) this.warn(`<${tag.name}> öğesi içeriğiyle birlikte kaldırıldı.`)
        this.scriptDepth++
      }
      return NONE
    }
    if (this.hidesText) return NONE
    const bit = FORMAT_TAGS[tag.name]
    if (bit !== undefined) {
      if (!tag.selfClosing) this.open.set(bit, Math.max(0, (this.open.get(bit) ?? 0) + (tag.closing ? -1 : 1)))
      return NONE
    }
    if (tag.name === 'br') return { kind: 'linebreak' }
    if (tag.name === 'a') return tag.closing ? { kind: 'anchor-end' } : { kind: 'anchor', href: attribute(tag, 'href') }
    if (!tag.closing) this.warn(`HTML etiketi <${tag.name}> kaldırıldı, içindeki metin korundu.`)
    if (BLOCK_TAGS.has(tag.name)) return { kind: 'block' }
    if (CELL_TAGS.has(tag.name) && tag.closing) return { kind: 'cell' }
    return NONE
  }
}

function attribute(tag: HtmlTag, name: string): string | null {
  const pattern = new RegExp(String.raw`\s${name}\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>\x60]+))`, 'i')
  const match = pattern.exec(tag.source)
  return match ? decodeEntities(match[1] ?? match[2] ?? match[3] ?? '') : null
}

/**
 * A link to show: its text as given, or its URL when it has no visible text (Lexical cannot hold an empty
 * link, and a link nobody can see or click is worth showing).
 */
export function linkShowingText(
  url: string,
  children: Inline[],
  format: number,
  auto: boolean,
): { link: Link; hadText: boolean } {
  const leaves = children.flatMap((child) => (child.kind === 'link' ? child.children : [child]))
  const hadText = leaves.some((leaf) => leaf.kind === 'text' && leaf.text.trim() !== '')
  if (hadText) return { link: { kind: 'link', url, auto, children: leaves }, hadText }
  return { link: { kind: 'link', url, auto: false, children: [{ kind: 'text', text: url, format }] }, hadText }
}

/** Follows `<a href>` … `</a>` within one run of inline content and turns what lies between into a link. */
export class AnchorTracker {
  private open: { url: string; items: Inline[] } | null = null

  constructor(private readonly warn: (message: string) => void) {}

  /** Where content goes now: into the open link, or the surrounding run. */
  target(outside: Inline[]): Inline[] {
    return this.open?.items ?? outside
  }

  get isOpen(): boolean {
    return this.open !== null
  }

  start(href: string | null): void {
    if (href === null || this.open !== null) return
    const checked = checkUrl(href)
    if (!checked.ok)
      this.warn(`"${href}" adresine giden bağlantı kaldırıldı, bağlantı metni korundu: ${checked.reason}`)
    else {
      if (checked.note) this.warn(checked.note)
      this.open = { url: checked.url, items: [] }
    }
  }

  /** Closes the open link, if any, adding it to `outside`; an unclosed one ends where its run ends. */
  end(outside: Inline[], format: number): void {
    if (this.open === null) return
    const { link, hadText } = linkShowingText(this.open.url, this.open.items, format, false)
    if (!hadText)
      this.warn(`${this.open.url} adresine giden bağlantının metni yok; metin yerine adresin kendisi gösteriliyor.`)
    outside.push(link)
    this.open = null
  }
}

/**
 * Reduces a raw HTML block to the paragraphs a reader would have seen: text with its whitespace collapsed
 * and entities decoded, formats from styling tags, a paragraph per block-level element.
 */
export function htmlBlockToParagraphs(html: string, warnAt: (offset: number, message: string) => void): Inline[][] {
  const paragraphs: Inline[][] = []
  let current: Inline[] = []
  let offset = 0
  const warn = (message: string) => warnAt(offset, message)
  const state = new HtmlState(warn)
  const anchor = new AnchorTracker(warn)
  const push = (inline: Inline) => anchor.target(current).push(inline)
  for (const token of tokenizeHtml(html)) {
    offset = token.offset
    if (token.kind === 'text') {
      if (!state.hidesText) push({ kind: 'text', text: decodeEntities(token.text), format: state.format })
      continue
    }
    if (token.kind !== 'tag') continue
    const effect = state.apply(token.tag)
    if (effect.kind === 'linebreak') push({ kind: 'linebreak' })
    else if (effect.kind === 'cell') push({ kind: 'text', text: ' ', format: state.format })
    else if (effect.kind === 'anchor') anchor.start(effect.href)
    else if (effect.kind === 'anchor-end') anchor.end(current, state.format)
    else if (effect.kind === 'block') {
      anchor.end(current, state.format)
      paragraphs.push(current)
      current = []
    }
  }
  anchor.end(current, state.format)
  paragraphs.push(current)
  return paragraphs.map(normalizeInlines).filter((inlines) => inlines.length > 0)
}
