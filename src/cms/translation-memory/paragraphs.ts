import { rootOf } from '@/rich-text/node'
import { lexicalToPlainText } from '@/rich-text/plain-text'

/**
 * A field's paragraphs as the memory pairs them: one plain text per top-level block of rich
 * text (a paragraph, a heading, a quote, a whole list), blocks with nothing to read left out;
 * a text field is one paragraph. The one place that cuts text into the memory's units, so it
 * can give way to a shared segmentation (the XLIFF export's units) without touching the rest.
 */
export function paragraphsOf(value: unknown): string[] {
  if (typeof value === 'string') return value.trim() === '' ? [] : [value.trim()]
  const root = rootOf(value)
  if (!root) return []
  return (root.children ?? [])
    .map((block) => lexicalToPlainText({ root: { type: 'root', children: [block] } }).trim())
    .filter((text) => text !== '')
}
