import { normaliseUrl } from '../src/lib/urls'

/** Absolute http(s) link targets found anywhere in a Lexical document, canonicalised. */
export function linkUrls(state: unknown): string[] {
  const urls: string[] = []
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return
    const n = node as { type?: string; fields?: { url?: unknown }; children?: unknown[]; root?: unknown }
    if ((n.type === 'link' || n.type === 'autolink') && typeof n.fields?.url === 'string') {
      const url = normaliseUrl(n.fields.url)
      if (url) urls.push(url)
    }
    if (n.root) walk(n.root)
    for (const child of n.children ?? []) walk(child)
  }
  walk(state)
  return urls
}
