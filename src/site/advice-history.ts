import { guidanceChange, type GuidanceChange, type PublishedVersion } from '@/site/guidance-change'
import type { LocaleMap } from '@/site/localized'
import { payloadClient } from '@/site/payload-client'
import type { Locale } from '@/shared/locales'

/**
 * How each of the given advice's text (in the reader's language, with its fallback) changed
 * after `day` (see guidanceChange): null when it has not changed since, or did not exist yet.
 *
 * Only the published versions of these advice are read, when a report asks, and none is kept:
 * memory follows the report's answers, not every version of every advice (which was held from
 * one publish to the next before, and grows with every publish). A report is rendered once per
 * address and then served from the server's copy (src/cli/page-copies.ts), so the read is rare.
 * Only published versions: a draft is never shown to readers, not even as "what changed". Their
 * order is decided by time in guidanceChange, not by the database's sort (text on SQLite).
 */
export async function guidanceChangesSince(
  adviceIds: readonly string[],
  day: string,
  locale: Locale,
): Promise<Map<string, GuidanceChange | null>> {
  if (adviceIds.length === 0) return new Map()
  const payload = await payloadClient()
  const { docs } = await payload.findVersions({
    collection: 'advice',
    where: { and: [{ parent: { in: [...adviceIds] } }, { 'version._status': { equals: 'published' } }] },
    locale: 'all',
    depth: 0,
    pagination: false,
    // Versions are the staff's to read; this server-side read asks only for published ones.
    overrideAccess: true,
  })
  const byAdvice = new Map<string, PublishedVersion[]>()
  for (const version of docs) {
    const parent = String(version.parent)
    const body = (version.version as unknown as { body: LocaleMap<unknown> }).body as PublishedVersion['body']
    byAdvice.set(parent, [...(byAdvice.get(parent) ?? []), { at: version.updatedAt, body }])
  }
  return new Map(adviceIds.map((id) => [id, guidanceChange(byAdvice.get(id) ?? [], day, locale)]))
}
