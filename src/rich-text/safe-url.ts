const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto', 'tel'])

export type UrlCheck = { ok: true; url: string; note?: string } | { ok: false; reason: string }

/**
 * Decides whether a link target may be kept. Browsers ignore leading spaces and control characters and
 * drop tabs and newlines anywhere in a URL, so `\tjava\nscript:` is still `javascript:`: the scheme is read
 * the way a browser would read it. Anything without a scheme (relative paths, `#anchors`, `//host/`) is
 * kept; of the schemes only the ones in ALLOWED_SCHEMES are.
 */
export function checkUrl(raw: string): UrlCheck {
  const url = raw.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '')
  const asBrowserReadsIt = url.replace(/[\t\n\r]/g, '')
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(asBrowserReadsIt)?.[1]?.toLowerCase()
  if (scheme !== undefined && !ALLOWED_SCHEMES.has(scheme)) {
    return { ok: false, reason: `"${scheme}:" ile başlayan adreslere izin verilmiyor.` }
  }
  if (url === '') return { ok: false, reason: 'adres (URL) boş.' }
  // Payload's link field rejects a URL with a space ("Invalid URL"); a browser would send %20 anyway.
  if (/[\s\u0000-\u001f]/.test(url)) {
    const encoded = url.replace(/[\s\u0000-\u001f]/g, (c) => encodeURIComponent(c))
    return {
      ok: true,
      url: encoded,
      note: `Bağlantı adresindeki boşluklar kodlandı; adres ${encoded} olarak kaydedildi.`,
    }
  }
  return { ok: true, url }
}

/** The href a reader's browser may follow, or null for a link that must not be one. */
export function safeHref(raw: unknown): string | null {
  if (typeof raw !== 'string') return null
  const checked = checkUrl(raw)
  return checked.ok ? checked.url : null
}
