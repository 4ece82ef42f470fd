/** A character reference CommonMark would decode (`&amp;`, `&#38;`, `&#x26;`). */
export const REFERENCE_AHEAD = /^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/

/**
 * A link destination. URLs are written as they are, `&` included (mdast-util-to-markdown would write
 * `\&` before every letter); only a backslash before punctuation, `&` that starts a character
 * reference, and unbalanced parentheses need escaping.
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
