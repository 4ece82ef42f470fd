import { isLink, linkTarget } from '@/rich-text/node'
import { checkUrl } from '@/rich-text/safe-url'
import { nodesOf } from '@/rich-text/tree'

/**
 * Link targets in a rich-text value that a browser would run, not open (`javascript:`,
 * `data:` …). A target that is not text at all (an array, an object) is unsafe too: the
 * scheme check cannot read it, and a program reading the API might.
 */
export function unsafeLinkUrls(state: unknown): string[] {
  const unsafe: string[] = []
  for (const node of nodesOf(state)) {
    if (!isLink(node)) continue
    const url = linkTarget(node)
    if (typeof url === 'string' ? !checkUrl(url).ok : url !== undefined && url !== null) {
      unsafe.push(typeof url === 'string' ? url : String(JSON.stringify(url)))
    }
  }
  return unsafe
}
