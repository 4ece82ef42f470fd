import { safeHref } from './safe-url'
import type { LexicalNode as Node } from './lexical-node'

/**
 * Lexical rich text to HTML for the public site. The site renders rich text as one HTML
 * string rather than a React tree: the page then carries it once more in Next's inline
 * payload as a compact string instead of a verbose element tree, which keeps a long
 * advice page under 40 KB. Every text is escaped and every link checked here; no HTML
 * from the content is ever passed through.
 */

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string)

// Lexical text format bits, innermost first when wrapped.
const formats: Array<[number, string]> = [
  [16, 'code'],
  [64, 'sup'],
  [32, 'sub'],
  [8, 'u'],
  [4, 's'],
  [2, 'em'],
  [1, 'strong'],
]

function text(node: Node, inLink: boolean): string {
  let html = escapeHtml(node.text ?? '')
  const format = typeof node.format === 'number' ? node.format : 0
  for (const [bit, tag] of formats) {
    // Link text is underlined already; the corpus's `[<u>…</u>](…)` adds nothing a
    // reader sees, and every byte of a long advice page is carried twice.
    if (format & bit && !(inLink && tag === 'u')) html = `<${tag}>${html}</${tag}>`
  }
  return html
}

const children = (node: Node, inLink = false): string => (node.children ?? []).map((c) => render(c, inLink)).join('')

function link(node: Node): string {
  const href = safeHref(node.fields?.url ?? node.url)
  if (!href) return children(node)
  const target = node.fields?.newTab ? ' target="_blank" rel="noopener noreferrer"' : ''
  return `<a href="${escapeHtml(href)}"${target}>${children(node, true)}</a>`
}

function list(node: Node): string {
  const tag = node.listType === 'number' ? 'ol' : 'ul'
  const start = tag === 'ol' && node.start && node.start !== 1 ? ` start="${Number(node.start)}"` : ''
  return `<${tag}${start}>${children(node)}</${tag}>`
}

function listItem(node: Node): string {
  const nestedOnly = (node.children ?? []).every((c) => c.type === 'list')
  const box = typeof node.checked === 'boolean' ? `<input type="checkbox" disabled${node.checked ? ' checked' : ''}> ` : ''
  // Lexical keeps a nested list in an item of its own; HTML needs it inside an <li>.
  return nestedOnly ? `<li class="nested-list">${children(node)}</li>` : `<li>${box}${children(node)}</li>`
}

function render(node: Node, inLink = false): string {
  switch (node.type) {
    case 'root':
      return children(node)
    case 'text':
      return text(node, inLink)
    case 'linebreak':
      return '<br>'
    case 'tab':
      return '\t'
    case 'paragraph':
      return `<p>${children(node)}</p>`
    case 'heading': {
      const tag = /^h[1-6]$/.test(node.tag ?? '') ? node.tag : 'h2'
      return `<${tag}>${children(node)}</${tag}>`
    }
    case 'quote':
      return `<blockquote>${children(node)}</blockquote>`
    case 'list':
      return list(node)
    case 'listitem':
      return listItem(node)
    case 'link':
    case 'autolink':
      return link(node)
    case 'horizontalrule':
      return '<hr>'
    default:
      return children(node, inLink)
  }
}

export function lexicalToHtml(state: unknown): string {
  const root = (state as { root?: Node } | null)?.root
  return root ? render(root) : ''
}
