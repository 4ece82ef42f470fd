import { lexicalToPlainText } from '@/rich-text/plain-text'
import type { AdviceDoc } from '@/site/content'
import { perContentVersion } from '@/site/content-version'
import { pick, type LocaleMap } from '@/site/localized'
import { payloadClient } from '@/site/payload-client'
import type { Locale } from '@/shared/locales'

type Published = { at: string; body: AdviceDoc['body'] }

/** The day (in Turkey) of a moment, as YYYY-MM-DD. */
const dayOf = (iso: string) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Istanbul' }).format(new Date(iso))

/**
 * Every published version of every advice, oldest first, read once per published change.
 * Only published versions: a draft is never shown to readers, not even as "what changed".
 */
const publishedVersions = perContentVersion(async (_key: 'all'): Promise<Map<string, Published[]>> => {
  const payload = await payloadClient()
  const { docs } = await payload.findVersions({
    collection: 'advice',
    where: { 'version._status': { equals: 'published' } },
    locale: 'all',
    depth: 0,
    pagination: false,
    sort: 'updatedAt',
    // Versions are the staff's to read; this server-side read asks only for published ones.
    overrideAccess: true,
  })
  const byAdvice = new Map<string, Published[]>()
  for (const version of docs) {
    const parent = String(version.parent)
    const body = (version.version as unknown as { body: LocaleMap<unknown> }).body as AdviceDoc['body']
    byAdvice.set(parent, [...(byAdvice.get(parent) ?? []), { at: version.updatedAt, body }])
  }
  return byAdvice
})

export type GuidanceChange = { changedOn: string; before: string; after: string }

/**
 * How an advice's text (in the reader's language, with its fallback) changed after `day`:
 * the text published on that day and the text published now, with the day of the latest
 * change. Null when it has not changed since, or did not exist yet.
 */
export async function guidanceChangedSince(
  adviceId: string,
  day: string,
  locale: Locale,
): Promise<GuidanceChange | null> {
  const versions = (await publishedVersions('all')).get(adviceId) ?? []
  const then = versions.filter((v) => dayOf(v.at) <= day).at(-1)
  const now = versions.at(-1)
  if (!then || !now || then === now) return null
  const textOf = (v: Published) => {
    const body = pick(v.body, locale)
    return body ? lexicalToPlainText(body.value) : ''
  }
  const before = textOf(then)
  const after = textOf(now)
  if (before === after) return null
  // The day of the latest version whose text differs from the one before it.
  let changedAt = now.at
  for (let i = versions.length - 1; i > 0; i--) {
    if (textOf(versions[i]) !== textOf(versions[i - 1])) {
      changedAt = versions[i].at
      break
    }
  }
  return { changedOn: dayOf(changedAt), before, after }
}
