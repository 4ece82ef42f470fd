import { parseMarkdown } from '@content-import/markdown/parse-markdown'

const REFERENCE = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g
const decoded = new Map<string, string>()

/**
 * Decodes HTML character references in text taken from raw HTML (Markdown's own text arrives decoded).
 * Each reference is handed to the CommonMark parser on its own, which knows the full HTML entity table
 * and the numeric rules (`&#0;` becomes U+FFFD): no second entity table to keep, and no package beyond
 * the Markdown parser. An unknown name (`&foo;`) stays as written, as in a browser.
 */
export function decodeEntities(text: string): string {
  return text.replace(REFERENCE, (reference) => {
    let value = decoded.get(reference)
    if (value === undefined) {
      const block = parseMarkdown(reference).children[0]
      const only = block?.type === 'paragraph' && block.children.length === 1 ? block.children[0] : undefined
      value = only?.type === 'text' ? only.value : reference
      decoded.set(reference, value)
    }
    return value
  })
}
