/**
 * Canonical form of a resource link, so the same course cited in fifty advice texts is one
 * Resource: lower-case scheme and host, no default port, no fragment, no trailing slash on a
 * bare path. The query is kept as written (YouTube `&list=…&index=…` identify the video).
 * Returns null for anything that is not an absolute http(s) URL.
 */
export function normaliseUrl(input: string): string | null {
  let url: URL
  try {
    url = new URL(input.trim())
  } catch {
    return null
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null
  url.hash = ''
  let text = url.toString()
  if (url.pathname === '/' && !url.search) text = text.replace(/\/$/, '')
  return text
}
