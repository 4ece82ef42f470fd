import { perContentVersion } from '@/site/content-version'
import { guidanceChange, type GuidanceChange, type PublishedVersion } from '@/site/guidance-change'
import type { LocaleMap } from '@/site/localized'
import { payloadClient } from '@/site/payload-client'
import type { Locale } from '@/shared/locales'

/**
 * Every published version of every advice, read once per published change. Only published
 * versions: a draft is never shown to readers, not even as "what changed". Their order is
 * decided by time in guidanceChange, not by the database's sort (text on SQLite).
 */
const publishedVersions = perContentVersion(async (_key: 'all'): Promise<Map<string, PublishedVersion[]>> => {
  const payload = await payloadClient()
  const { docs } = await payload.findVersions({
    collection: 'advice',
    where: { 'version._status': { equals: 'published' } },
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
  return byAdvice
})

/**
 * How an advice's text (in the reader's language, with its fallback) changed after `day`
 * (see guidanceChange). Null when it has not changed since, or did not exist yet.
 */
export async function guidanceChangedSince(
  adviceId: string,
  day: string,
  locale: Locale,
): Promise<GuidanceChange | null> {
  return guidanceChange((await publishedVersions('all')).get(adviceId) ?? [], day, locale)
}
