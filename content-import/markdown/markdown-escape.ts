/**
 * Escaping for text written back to Markdown. The aim is text that reads back to exactly the same
 * characters while staying readable, so only characters that could start Markdown syntax where they
 * stand are escaped; the export checks every block by parsing it again and, if that ever fails, writes it
 * once more with `everything` set, which escapes all ASCII punctuation.
 */

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/
const ASCII_PUNCTUATION_ALL = /[!-/:-@[-`{-~]/g
const WORD_CHARACTER = /[\p{L}\p{N}]/u
/** A character reference CommonMark would decode (`&amp;`, `&#38;`, `&#x26;`). */
const REFERENCE_AHEAD = /^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/

export type EscapeOptions = {
  /** Nothing precedes the text on its line, so block syntax (`# `, `> `, `- `, `1. `) could start here. */
  lineStart: boolean
  /** Inside `[…]`, where `]` would end the link text. */
  inLinkText: boolean
  /** Inside an ATX heading, where trailing `#`s would be taken as its closing sequence. */
  inHeading: boolean
  /** A link follows directly, so a final `!` would turn it into an image. */
  beforeLink: boolean
  /** Escape every ASCII punctuation character: the fallback that cannot be misread. */
  everything: boolean
}

export function escapeText(text: string, options: EscapeOptions): string {
  if (options.everything) {
    const all = new Set(Array.from(text.matchAll(ASCII_PUNCTUATION_ALL), (match) => match.index))
    return writeEscaped(text, all, options.inLinkText ? new Set() : autolinkBreaks(text))
  }
  const escape = new Set<number>()
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    const next = text[i + 1]
    switch (char) {
      case '\\':
        if (next === undefined || ASCII_PUNCTUATION.test(next)) escape.add(i)
        break
      case '*':
      case '`':
      case '~':
      case '[':
        escape.add(i)
        break
      case ']':
        if (options.inLinkText) escape.add(i)
        break
      case '_':
        // An underscore between letters or digits cannot open or close emphasis (snake_case stays as is).
        if (!(WORD_CHARACTER.test(text[i - 1] ?? '') && WORD_CHARACTER.test(next ?? ''))) escape.add(i)
        break
      case '<':
        if (next !== undefined && /[A-Za-z/!?]/.test(next)) escape.add(i)
        break
      case '&':
        if (REFERENCE_AHEAD.test(text.slice(i))) escape.add(i)
        break
      case '!':
        if (next === undefined && options.beforeLink) escape.add(i)
        break
    }
  }
  if (options.lineStart) markBlockStart(text, escape)
  if (options.inHeading) {
    const closing = /(?:^|[ \t])(#+)[ \t]*$/.exec(text)
    if (closing) escape.add(closing.index + closing[0].indexOf('#'))
  }
  return writeEscaped(text, escape, options.inLinkText ? new Set() : autolinkBreaks(text))
}

/** An empty HTML comment: invisible, dropped on import, and it ends the text node it stands in. */
export const EMPTY_COMMENT = '<!-- -->'

function writeEscaped(text: string, escape: Set<number>, breaks: Set<number>): string {
  let out = ''
  for (let i = 0; i < text.length; i++) {
    if (breaks.has(i)) out += EMPTY_COMMENT
    // A no-break space looks like any other in an editor and is easily lost; the reference keeps it visible.
    out += text[i] === '\u00a0' ? '&nbsp;' : (escape.has(i) ? '\\' : '') + text[i]
  }
  return out
}

/**
 * GFM turns text that looks like `www.…`, `http(s)://…` or an e-mail address into a link, and the parser
 * does so after escapes are resolved, so no backslash prevents it. Text that only looks like one is kept
 * as text by cutting it in two with an empty comment where the pattern would have to continue.
 */
function autolinkBreaks(text: string): Set<number> {
  const breaks = new Set<number>()
  for (const match of text.matchAll(/(?<![\da-z])(?:https?:\/\/|www\.)/gi)) breaks.add(match.index + 1)
  for (const match of text.matchAll(/[\w+\-.]@[\w-]/g)) breaks.add(match.index + 2)
  return breaks
}

/** Text at the start of a line that would otherwise open a heading, quote, list, rule or setext underline. */
function markBlockStart(text: string, escape: Set<number>): void {
  if (/^#{1,6}(?:[ \t]|$)/.test(text) || /^[>]/.test(text) || /^[-+](?:[ \t]|$)/.test(text)) escape.add(0)
  if (/^(?:=+|-+)[ \t]*$/.test(text)) escape.add(0)
  const ordered = /^\d{1,9}([.)])(?:[ \t]|$)/.exec(text)
  if (ordered) escape.add(ordered[0].indexOf(ordered[1]))
}

/** Inline code: a backtick fence longer than any run inside, padded where CommonMark would strip. */
export function codeSpan(text: string): string {
  const longest = Math.max(0, ...Array.from(text.matchAll(/`+/g), (match) => match[0].length))
  const fence = '`'.repeat(longest + 1)
  const pad = /^`|`$/.test(text) || (text.startsWith(' ') && text.endsWith(' ') && /[^ ]/.test(text)) ? ' ' : ''
  return fence + pad + text + pad + fence
}

/**
 * A link destination. URLs are written as they are, `&` included; only a backslash before punctuation,
 * `&` that starts a character reference, and unbalanced parentheses need escaping.
 */
export function linkDestination(url: string): string {
  let escaped = url.replace(/\\(?=[!-/:-@[-`{-~]|$)/g, '\\\\')
  escaped = escaped.replace(/&/g, (amp, offset: number) => (REFERENCE_AHEAD.test(escaped.slice(offset)) ? '\\&' : amp))
  if (/[\s<>\u0000-\u001f]/.test(url) || url === '') return `<${escaped.replace(/[<>]/g, '\\$&')}>`
  return parenthesesBalanced(url) ? escaped : escaped.replace(/[()]/g, '\\$&')
}

function parenthesesBalanced(url: string): boolean {
  let depth = 0
  for (const char of url) {
    if (char === '(') depth++
    else if (char === ')' && --depth < 0) return false
  }
  return depth === 0
}
