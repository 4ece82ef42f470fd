import {
  BOLD,
  CODE,
  formatOf,
  ITALIC,
  linkTarget,
  STRIKETHROUGH,
  SUBSCRIPT,
  SUPERSCRIPT,
  UNDERLINE,
} from '@/rich-text/node'
import { safeHref } from '@/rich-text/safe-url'
import { foldValue, type Handlers } from '@/rich-text/tree'

/**
 * Rich text to HTML for the public site. The site renders rich text as one HTML string rather
 * than a React tree: the page then carries it once more in Next's inline payload as a compact
 * string instead of a verbose element tree, which keeps a long advice page under 40 KB. Every
 * text is escaped and every link checked here; no HTML from the content is ever passed through.
 */

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  )

/** Text format bits and their tags, innermost first when wrapped. */
const formatTags: Array<[number, string]> = [
  [CODE, 'code'],
  [SUPERSCRIPT, 'sup'],
  [SUBSCRIPT, 'sub'],
  [UNDERLINE, 'u'],
  [STRIKETHROUGH, 's'],
  [ITALIC, 'em'],
  [BOLD, 'strong'],
]

/** The context is whether the node is inside a link. */
const handlers: Handlers<string, boolean> = {
  fallback: (_node, children) => children().join(''),
  text: (node, _children, inLink) => {
    let html = escapeHtml(node.text ?? '')
    const format = formatOf(node)
    for (const [bit, tag] of formatTags) {
      // Link text is underlined already; the corpus's `[<u>…</u>](…)` adds nothing a
      // reader sees, and every byte of a long advice page is carried twice.
      if (format & bit && !(inLink && bit === UNDERLINE)) html = `<${tag}>${html}</${tag}>`
    }
    return html
  },
  linebreak: () => '<br>',
  tab: () => '\t',
  paragraph: (_node, children) => `<p>${children().join('')}</p>`,
  heading: (node, children) => {
    const tag = /^h[1-6]$/.test(node.tag ?? '') ? node.tag : 'h2'
    return `<${tag}>${children().join('')}</${tag}>`
  },
  quote: (_node, children) => `<blockquote>${children().join('')}</blockquote>`,
  list: (node, children) => {
    const tag = node.listType === 'number' ? 'ol' : 'ul'
    const start = tag === 'ol' && node.start && node.start !== 1 ? ` start="${Number(node.start)}"` : ''
    return `<${tag}${start}>${children().join('')}</${tag}>`
  },
  listitem: (node, children) => {
    // Lexical keeps a nested list in an item of its own; HTML needs it inside an <li>.
    if ((node.children ?? []).every((c) => c.type === 'list'))
      return `<li class="nested-list">${children().join('')}</li>`
    const box =
      typeof node.checked === 'boolean' ? `<input type="checkbox" disabled${node.checked ? ' checked' : ''}> ` : ''
    return `<li>${box}${children().join('')}</li>`
  },
  link: (node, children) => {
    const href = safeHref(linkTarget(node))
    if (!href) return children().join('')
    const target = node.fields?.newTab ? ' target="_blank" rel="noopener noreferrer"' : ''
    return `<a href="${escapeHtml(href)}"${target}>${children(true).join('')}</a>`
  },
  horizontalrule: () => '<hr>',
}
handlers.autolink = handlers.link

export const lexicalToHtml = (state: unknown): string => foldValue(state, handlers, false, '')
