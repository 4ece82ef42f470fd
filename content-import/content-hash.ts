import { createHash } from 'node:crypto'

import type { SerializedEditorState } from 'lexical'

import { lexicalToMarkdown } from './markdown/to-markdown'

/**
 * A fingerprint of content as readers see it, in one language. The import stores it with
 * what it wrote; when the CMS's content no longer matches, an editor changed it since.
 * Markdown is the comparison form because the admin editor may re-serialise the same
 * text with different JSON details.
 */
export function contentHash(parts: Array<string | null | undefined>, body: unknown): string {
  const markdown = body && typeof body === 'object' && 'root' in body ? lexicalToMarkdown(body as SerializedEditorState) : ''
  return createHash('sha256')
    .update(JSON.stringify([...parts.map((p) => p ?? ''), markdown]))
    .digest('hex')
}
