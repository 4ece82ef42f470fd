import { decodeNamedCharacterReference } from 'decode-named-character-reference'
import { decodeNumericCharacterReference } from 'micromark-util-decode-numeric-character-reference'

/** CommonMark's character references: a semicolon is required (`&amp` alone is text), 1–7 digits, 1–6 hex digits. */
const REFERENCE = /&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/g

/**
 * Decodes HTML character references in text taken from raw HTML (Markdown's own text arrives decoded),
 * with the Markdown parser's own decoders rather than `entities`: they follow CommonMark (`&#0;`, control
 * characters and non-characters become U+FFFD, where `entities` maps `&#128;` to `€` as HTML does), so a
 * reference reads the same inside and outside raw HTML. An unknown name (`&foo;`) stays as written.
 */
export function decodeEntities(text: string): string {
  return text.replace(REFERENCE, (reference, decimal?: string, hex?: string, name?: string) => {
    if (decimal !== undefined) return decodeNumericCharacterReference(decimal, 10)
    if (hex !== undefined) return decodeNumericCharacterReference(hex, 16)
    const value = decodeNamedCharacterReference(name ?? '')
    return value === false ? reference : value
  })
}
