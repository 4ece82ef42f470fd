/**
 * The one model of the editor's rich text (Lexical JSON as Payload stores it) that the rest of
 * the project reads: the node shape, the text format bits, and how to find the root. The HTML
 * renderer, the plain text, the links, the safety checks and the content hash are small
 * functions over it (see tree.ts for the walker they share).
 */
export type RichTextNode = {
  type?: string
  text?: string
  format?: number | string
  tag?: string
  listType?: string
  start?: number
  checked?: boolean
  /** Older link nodes keep the target here; current ones in `fields.url`. */
  url?: unknown
  fields?: { url?: unknown; newTab?: boolean; linkType?: string }
  children?: RichTextNode[]
}

/** Lexical's text format bits (lexical/src/LexicalConstants.ts), the ones the default features offer. */
export const BOLD = 1
export const ITALIC = 2
export const STRIKETHROUGH = 4
export const UNDERLINE = 8
export const CODE = 16
export const SUBSCRIPT = 32
export const SUPERSCRIPT = 64
export const KNOWN_FORMATS = BOLD | ITALIC | STRIKETHROUGH | UNDERLINE | CODE | SUBSCRIPT | SUPERSCRIPT

/** A stored value's root node, or null when the value is not rich text. */
export const rootOf = (state: unknown): RichTextNode | null => {
  const root = (state as { root?: unknown } | null | undefined)?.root
  return root && typeof root === 'object' ? (root as RichTextNode) : null
}

export const isLink = (node: RichTextNode): boolean => node.type === 'link' || node.type === 'autolink'

/** A link node's target as stored: usually text, but stored data may hold anything. */
export const linkTarget = (node: RichTextNode): unknown =>
  node.fields && 'url' in node.fields ? node.fields.url : node.url

/** A text node's format bits (Lexical writes a number; anything else means none). */
export const formatOf = (node: RichTextNode): number => (typeof node.format === 'number' ? node.format : 0)
