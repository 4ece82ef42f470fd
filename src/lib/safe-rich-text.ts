import { ValidationError, type FieldHook } from 'payload'

import type { LexicalNode } from './lexical-node'
import { localize, messages } from './messages'
import { checkUrl } from './safe-url'

/** Link targets in a Lexical value (or a map of them per language) that a browser would run, not open. */
export function unsafeLinkUrls(value: unknown): string[] {
  const unsafe: string[] = []
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return
    const n = node as LexicalNode & { root?: unknown }
    if (n.type === undefined && n.root === undefined) {
      for (const inLanguage of Object.values(n)) walk(inLanguage)
      return
    }
    const url = n.fields?.url ?? n.url
    if ((n.type === 'link' || n.type === 'autolink') && typeof url === 'string' && !checkUrl(url).ok) unsafe.push(url)
    walk(n.root)
    for (const child of n.children ?? []) walk(child)
  }
  walk(value)
  return unsafe
}

/**
 * Refuses rich text with a `javascript:`, `data:` or similar link, in drafts too (Payload
 * validates drafts only when they are published). The site never renders such links, but
 * they must not sit in the content that the API hands to other programs either.
 */
export const refuseUnsafeLinks: FieldHook = ({ value, path, req, collection, global, originalDoc }) => {
  const [first] = unsafeLinkUrls(value)
  if (first === undefined) return value
  throw new ValidationError({
    collection: collection?.slug,
    global: global?.slug,
    id: (originalDoc as { id?: number | string } | undefined)?.id,
    req,
    errors: [{ path: path.join('.'), message: `${localize(req, messages.unsafeLink)} (${first.slice(0, 60)})` }],
  })
}
