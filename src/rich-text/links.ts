import { isLink, linkTarget } from '@/rich-text/node'
import { nodesOf } from '@/rich-text/tree'
import { normaliseUrl } from '@/shared/links/urls'

/** Absolute http(s) link targets found anywhere in a rich-text value, canonicalised. */
export function linkUrls(state: unknown): string[] {
  const urls: string[] = []
  for (const node of nodesOf(state)) {
    const target = isLink(node) ? linkTarget(node) : null
    const url = typeof target === 'string' ? normaliseUrl(target) : null
    if (url) urls.push(url)
  }
  return urls
}
