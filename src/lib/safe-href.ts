const allowedSchemes = new Set(['http:', 'https:', 'mailto:', 'tel:'])

/**
 * The href a reader's browser may follow: web, mail and phone links, and links within
 * the site. Anything else (`javascript:`, `data:`, `vbscript:` …) is refused, whatever
 * its case or the control characters hidden in it.
 */
export function safeHref(raw: unknown): string | null {
  if (typeof raw !== 'string') return null
  // Browsers ignore ASCII control characters and whitespace inside a scheme.
  const url = raw.trim()
  const compact = url.replace(/[\u0000-\u0020\u007f]/g, '')
  if (!compact) return null
  if (compact.startsWith('/') || compact.startsWith('#') || compact.startsWith('?')) {
    return compact.startsWith('//') ? null : url
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact)
  if (!scheme) return url
  return allowedSchemes.has(`${scheme[1].toLowerCase()}:`) ? url : null
}
