import { createHash } from 'node:crypto'
import type { LexicalNode as Node } from '../src/lib/lexical-node'

/**
 * What a reader sees of a Lexical document, without the JSON details the admin editor
 * may write differently for the same text (versions, directions, indents, styles, how
 * text is split into nodes).
 */
function visible(node: Node): unknown {
  if (node.type === 'text') return [typeof node.format === 'number' ? node.format : 0, node.text ?? '']
  const children: unknown[] = []
  for (const child of node.children ?? []) {
    const seen = visible(child)
    const last = children.at(-1)
    // Adjacent text runs with the same format read the same as one run.
    if (Array.isArray(seen) && Array.isArray(last) && typeof last[0] === 'number' && last[0] === seen[0]) {
      children[children.length - 1] = [last[0], `${last[1]}${seen[1]}`]
    } else if (!(Array.isArray(seen) && seen[1] === '')) {
      children.push(seen)
    }
  }
  return {
    t: node.type,
    ...(node.tag ? { tag: node.tag } : {}),
    ...(node.listType ? { list: node.listType, start: node.start ?? 1 } : {}),
    ...(typeof node.checked === 'boolean' ? { checked: node.checked } : {}),
    ...(node.fields?.url ? { url: node.fields.url, newTab: Boolean(node.fields.newTab) } : {}),
    c: children,
  }
}

/**
 * A fingerprint of content as readers see it, in one language. The import stores it with
 * what it wrote; when the CMS's content no longer matches, an editor changed it since.
 */
export function contentHash(parts: Array<string | null | undefined>, body: unknown): string {
  const root = body && typeof body === 'object' && 'root' in body ? visible((body as { root: Node }).root) : null
  return createHash('sha256')
    .update(JSON.stringify([...parts.map((p) => p ?? ''), root]))
    .digest('hex')
}
