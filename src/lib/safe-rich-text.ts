import { ValidationError, type FieldHook } from 'payload'

import type { LexicalNode } from './lexical-node'
import { localize, messages } from './messages'
import { richTextShapeProblem } from './rich-text-bounds'
import { checkUrl } from './safe-url'

const isLink = (node: LexicalNode) => node.type === 'link' || node.type === 'autolink'

/**
 * Link targets in a Lexical value (or a map of them per language) that a browser would run,
 * not open. A link whose target is not text at all (an array, an object) is unsafe too: the
 * scheme check cannot read it, and a program reading the API might.
 */
export function unsafeLinkUrls(value: unknown): string[] {
  const unsafe: string[] = []
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return
    const n = node as LexicalNode & { root?: unknown }
    if (n.type === undefined && n.root === undefined) {
      for (const inLanguage of Object.values(n)) walk(inLanguage)
      return
    }
    if (isLink(n)) {
      const url: unknown = n.fields && 'url' in n.fields ? n.fields.url : n.url
      if (typeof url === 'string' ? !checkUrl(url).ok : url !== undefined && url !== null) {
        unsafe.push(typeof url === 'string' ? url : String(JSON.stringify(url)))
      }
    }
    walk(n.root)
    for (const child of n.children ?? []) walk(child)
  }
  walk(value)
  return unsafe
}

/** The rich-text values of a field: one, or one per language when the whole field is written at once. */
const valuesOf = (value: unknown): unknown[] =>
  value && typeof value === 'object' && !('root' in value) ? Object.values(value) : [value]

/**
 * Refuses rich text that is unsafe or unbounded, in drafts too (Payload validates drafts
 * only when they are published): a `javascript:`, `data:` or non-text link (the site never
 * renders one, but it must not sit in what the API hands to other programs either), and a
 * value nested deeper or with more nodes than `limits` allows (every walker of the text
 * after it, on the site and in the export, can rely on that bound).
 */
export const refuseUnsafeRichText: FieldHook = ({ value, path, req, collection, global, originalDoc }) => {
  const shape = valuesOf(value).map(richTextShapeProblem).find(Boolean)
  const [first] = shape ? [] : unsafeLinkUrls(value)
  if (!shape && first === undefined) return value
  throw new ValidationError({
    collection: collection?.slug,
    global: global?.slug,
    id: (originalDoc as { id?: number | string } | undefined)?.id,
    req,
    errors: [{ path: path.join('.'), message: shape ? localize(req, messages[shape]) : `${localize(req, messages.unsafeLink)} (${first!.slice(0, 60)})` }],
  })
}
