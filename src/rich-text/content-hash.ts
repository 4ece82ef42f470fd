import { createHash } from 'node:crypto'

import { formatOf } from '@/rich-text/node'
import { foldValue, type Handlers } from '@/rich-text/tree'

/** A text run as [format, text]; any other node as its visible properties and children. */
type Visible = [number, string] | Record<string, unknown>
const isRun = (value: Visible): value is [number, string] => Array.isArray(value)

/**
 * What a reader sees of a rich-text value, without the JSON details the admin editor may
 * write differently for the same text (versions, directions, indents, styles, how text is
 * split into nodes). Stored hashes were made with exactly this shape: changing it would make
 * every imported document look edited.
 */
const visible: Handlers<Visible> = {
  text: (node) => [formatOf(node), node.text ?? ''],
  fallback: (node, childValues) => {
    const children: Visible[] = []
    for (const seen of childValues()) {
      const last = children.at(-1)
      // Adjacent text runs with the same format read the same as one run.
      if (isRun(seen) && last && isRun(last) && last[0] === seen[0])
        children[children.length - 1] = [last[0], `${last[1]}${seen[1]}`]
      else if (!(isRun(seen) && seen[1] === '')) children.push(seen)
    }
    return {
      t: node.type,
      ...(node.tag ? { tag: node.tag } : {}),
      ...(node.listType ? { list: node.listType, start: node.start ?? 1 } : {}),
      ...(typeof node.checked === 'boolean' ? { checked: node.checked } : {}),
      ...(node.fields?.url ? { url: node.fields.url, newTab: Boolean(node.fields.newTab) } : {}),
      c: children,
    }
  },
}

/**
 * A fingerprint of content as readers see it, in one language. The import stores it with
 * what it wrote; when the CMS's content no longer matches, an editor changed it since.
 */
export function contentHash(parts: Array<string | null | undefined>, body: unknown): string {
  const root =
    body && typeof body === 'object' && 'root' in body
      ? foldValue<Visible | null>(body, visible as Handlers<Visible | null>, undefined, null)
      : null
  return createHash('sha256')
    .update(JSON.stringify([...parts.map((p) => p ?? ''), root]))
    .digest('hex')
}
