import { autolinkMarkdown } from '@content-import/markdown/autolink-syntax'
import { codeSpan, EMPTY_COMMENT, escapeText, linkDestination } from '@content-import/markdown/markdown-escape'
import { type Block, type Inline, type List } from '@content-import/markdown/model'
import { BOLD, CODE, ITALIC, STRIKETHROUGH, SUBSCRIPT, SUPERSCRIPT, UNDERLINE } from '@/rich-text/node'

/**
 * How plainly a block is written. `clean` is what a person would type; `tags` writes every format as an
 * HTML tag, which cannot be misread where `**` next to punctuation or whitespace would be; `literal`
 * additionally escapes all punctuation and writes line breaks as `<br>`. The exporter tries them in order.
 */
export type Style = 'clean' | 'tags' | 'literal'

type Markers = { open: string; close: string }
const tag = (name: string): Markers => ({ open: `<${name}>`, close: `</${name}>` })
const DELIMITERS: Record<number, Markers> = {
  [BOLD]: { open: '**', close: '**' },
  [ITALIC]: { open: '*', close: '*' },
  [STRIKETHROUGH]: { open: '~~', close: '~~' },
}
const TAGS: Record<number, Markers> = {
  [BOLD]: tag('strong'),
  [ITALIC]: tag('em'),
  [STRIKETHROUGH]: tag('s'),
  [UNDERLINE]: tag('u'),
  [SUBSCRIPT]: tag('sub'),
  [SUPERSCRIPT]: tag('sup'),
  [CODE]: tag('code'),
}
/** Opening order when several formats start together and end together: outermost first. */
const FORMAT_ORDER = [BOLD, ITALIC, STRIKETHROUGH, UNDERLINE, SUBSCRIPT, SUPERSCRIPT, CODE]
/** Formats written as Markdown delimiters may wrap a whole link; tags are written inside the link text. */
const DELIMITER_FORMATS = BOLD | ITALIC | STRIKETHROUGH

/**
 * One block as Markdown, without a trailing newline. Two lists in a row written with the same marker
 * would be read as one list, so the caller sets `alternate` on every second one of a run of lists that
 * sameMarkers() groups together: it switches `-` to `*` and `1.` to `1)`.
 */
export function blockToMarkdown(block: Block, style: Style, alternate = false): string {
  switch (block.kind) {
    case 'paragraph':
      return isCodeBlock(block.children) ? fencedCode(block.children) : inlineMarkdown(block.children, style, 'block')
    case 'heading':
      return `${'#'.repeat(block.level)} ${inlineMarkdown(block.children, style, 'heading')}`
    case 'quote':
      return prefixLines(inlineMarkdown(block.children, style, 'block'), '> ', '> ')
    case 'hr':
      return '---'
    case 'list':
      return listLines(block, style, alternate).join('\n')
  }
}

/** Whether two lists would be written with the same kind of marker (checklists use bullets too). */
export function sameMarkers(a: Block | undefined, b: Block | undefined): boolean {
  return a?.kind === 'list' && b?.kind === 'list' && (a.listType === 'number') === (b.listType === 'number')
}

/** A paragraph made only of inline code lines is how import keeps a code block; it goes back as one. */
function isCodeBlock(children: Inline[]): boolean {
  return (
    children.some((child) => child.kind === 'linebreak') &&
    children.some((child) => child.kind === 'text') &&
    children.every((child) => child.kind === 'linebreak' || (child.kind === 'text' && child.format === CODE))
  )
}

function fencedCode(children: Inline[]): string {
  const lines = ['']
  for (const child of children) {
    if (child.kind === 'linebreak') lines.push('')
    else if (child.kind === 'text') lines[lines.length - 1] += child.text
  }
  const longest = Math.max(2, ...lines.flatMap((line) => Array.from(line.matchAll(/`+/g), (m) => m[0].length)))
  const fence = '`'.repeat(longest + 1)
  return [fence, ...lines, fence].join('\n')
}

function listLines(list: List, style: Style, alternate: boolean): string[] {
  const lines: string[] = []
  let number = list.start
  let contentIndent: number | null = null
  let previous: { list: List; alternate: boolean } | null = null
  for (const item of list.items) {
    const marker = list.listType === 'number' ? `${number}${alternate ? ')' : '.'}` : alternate ? '*' : '-'
    if (item.kind === 'item') {
      number++
      previous = null
      const checkbox = list.listType === 'check' ? (item.checked ? '[x] ' : '[ ] ') : ''
      // GFM reads `[ ]` as a checkbox only when text follows it; an empty comment is text that shows nothing.
      const content =
        item.children.length > 0 ? inlineMarkdown(item.children, style, 'block') : checkbox ? EMPTY_COMMENT : ''
      const width = marker.length + 1
      lines.push(...prefixLines(`${checkbox}${content}`.trimEnd(), `${marker} `, ' '.repeat(width)).split('\n'))
      if (lines[lines.length - 1] === `${marker} `) lines[lines.length - 1] = marker
      // A list written under an empty item would become that item's content, not a list item of its own.
      contentIndent = item.children.length === 0 ? null : width
    } else {
      const nestedAlternate: boolean = previous !== null && sameMarkers(previous.list, item.list) && !previous.alternate
      const nested = listLines(item.list, style, nestedAlternate)
      if (contentIndent === null) {
        lines.push(marker)
        contentIndent = marker.length + 1
      } else if (!canInterruptParagraph(item.list)) lines.push('')
      lines.push(...nested.map((line) => (line === '' ? line : ' '.repeat(contentIndent ?? 0) + line)))
      previous = { list: item.list, alternate: nestedAlternate }
    }
  }
  return lines
}

/**
 * Right under an item's text, a list only starts if it could interrupt a paragraph: not when it is numbered
 * from anything but 1, nor when its first item is empty. Such a list is set off by a blank line instead.
 */
function canInterruptParagraph(list: List): boolean {
  const [first] = list.items
  return (list.listType !== 'number' || list.start === 1) && first?.kind === 'item' && first.children.length > 0
}

function prefixLines(text: string, first: string, rest: string): string {
  return text
    .split('\n')
    .map((line, i) => (i === 0 ? first : rest) + line)
    .join('\n')
}

type Where = 'block' | 'heading' | 'link'

/** Inline content as Markdown; hard line breaks become `\` + newline, so the result may span lines. */
function inlineMarkdown(items: Inline[], style: Style, where: Where, outer = 0): string {
  const formats = runFormats(items, style, outer)
  const stack: number[] = []
  let out = ''
  const atLineStart = () => where === 'block' && (out === '' || out.endsWith('\n'))
  const close = (from: number) => {
    for (let i = stack.length - 1; i >= from; i--) out += markersFor(stack[i], style).close
    stack.length = from
  }

  items.forEach((item, index) => {
    const format = formats[index]
    const firstMissing = stack.findIndex((bit) => !(format & bit))
    if (firstMissing >= 0) close(firstMissing)
    const toOpen = FORMAT_ORDER.filter((bit) => format & bit && !stack.includes(bit)).sort(
      (a, b) => runLength(formats, index, b) - runLength(formats, index, a),
    )
    for (const bit of toOpen) {
      out += markersFor(bit, style).open
      stack.push(bit)
    }

    if (item.kind === 'linebreak') {
      const inner = items.slice(0, index).some(isContent) && items.slice(index + 1).some(isContent)
      out += inner && style !== 'literal' && where !== 'heading' ? '\\\n' : '<br>'
    } else if (item.kind === 'text') {
      if (item.format & CODE && style !== 'literal') out += codeSpan(item.text)
      else {
        out += escapeText(item.text, {
          lineStart: atLineStart(),
          inLinkText: where === 'link',
          inHeading: where === 'heading',
          beforeLink: items[index + 1]?.kind === 'link',
          everything: style === 'literal',
        })
      }
    } else
      out +=
        autolinkMarkdown(item) ??
        `[${inlineMarkdown(item.children, style, 'link', outer | format)}](${linkDestination(item.url)})`
  })
  close(0)
  // A line of nothing but one tag starts an HTML block, which would swallow the lines after it.
  return out === '<br>' && where === 'block' ? `<br>${EMPTY_COMMENT}` : out
}

const isContent = (item: Inline) => item.kind !== 'linebreak'

function markersFor(bit: number, style: Style): Markers {
  return (style === 'clean' && DELIMITERS[bit]) || TAGS[bit]
}

/** The formats each item needs open around it; a line break keeps what is open on both of its sides. */
function runFormats(items: Inline[], style: Style, outer: number): number[] {
  const own = items.map((item): number | null => {
    if (item.kind === 'linebreak') return null
    if (item.kind === 'text') return item.format & ~outer & (style === 'literal' ? ~0 : ~CODE)
    if (autolinkMarkdown(item) !== null) return (item.children[0] as { format: number }).format & ~outer
    if (style !== 'clean') return 0
    const shared = item.children.reduce((acc, child) => (child.kind === 'text' ? acc & child.format : acc), ~0)
    return shared & DELIMITER_FORMATS & ~outer
  })
  return own.map((format, index) => {
    if (format !== null) return format
    const before =
      own
        .slice(0, index)
        .reverse()
        .find((f) => f !== null) ?? 0
    const after = own.slice(index + 1).find((f) => f !== null) ?? 0
    return before & after
  })
}

function runLength(formats: number[], from: number, bit: number): number {
  let length = 0
  while (from + length < formats.length && formats[from + length] & bit) length++
  return length
}
