import { type Link } from '@content-import/markdown/model'
import { CODE } from '@/rich-text/node'

const ABSOLUTE_URI = /^[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>\p{Cc}]*$/u
const EMAIL =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/

/**
 * An autolink written the way Markdown reads one (`<url>`, `<address>`, bare `www.…`), or null when its
 * text no longer is its URL (edited in the editor) or is code: then it can only be an ordinary link.
 */
export function autolinkMarkdown(link: Link): string | null {
  const only = link.children.length === 1 ? link.children[0] : undefined
  if (!link.auto || only?.kind !== 'text' || only.format & CODE) return null
  const text = only.text
  if (text === link.url && ABSOLUTE_URI.test(text)) return `<${text}>`
  if (link.url === `mailto:${text}` && EMAIL.test(text)) return `<${text}>`
  if (link.url === `http://${text}` && /^www\./i.test(text) && !/[\s<]/.test(text)) return text
  return null
}
