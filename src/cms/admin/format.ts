import { istanbulTime } from '@/shared/states/schedules'
import { isLocale, localeName } from '@/shared/locales'

/**
 * A collection's or field's label (a string, one per language, or the label function
 * src/cms/admin/labels.ts makes of those) in the admin's language.
 */
export function labelIn(label: unknown, language: string): string {
  if (typeof label === 'string') return label
  if (typeof label === 'function') return String(label({ i18n: { language }, t: (key: string) => key }))
  const byLanguage = (label ?? {}) as Record<string, string>
  return byLanguage[language] ?? byLanguage.tr ?? ''
}

/**
 * A date and time as the admin shows them, Payload's own dates included (src/cms/admin/clock.ts):
 * Istanbul time, 24-hour, "5 Aralık 2026 10:24", whether the server (UTC) or the browser formats it.
 */
export const adminDate = (iso: string | Date, language: string): string =>
  istanbulTime(iso, language === 'en' ? 'en' : 'tr')

/** "Yayımlandı (İngilizce)": the published state with the language of `publishLocaleOf`, when it is known. */
export function publishedIn(published: string, code: string | null, language: string): string {
  return isLocale(code) ? `${published} (${localeName(code, language)})` : published
}

type PublishEntry = { createdAt: string; locale?: string | null }

/** The activity log's actions that publish a version. */
export const publishActions = ['publish', 'scheduled_publish', 'restore'] as const

/**
 * The language a published version was published in. Payload names it only when the publish
 * was limited to one language (`publishedLocale`); src/cms/hooks/publishing.ts lifts that limit
 * when no other language has a draft to protect, and the activity log, written in the same
 * save, still says which language the person published: its entry closest in time (within
 * 10 s) to the version.
 */
export function publishLocaleOf(
  version: { updatedAt: string; publishedLocale?: unknown },
  entries: readonly PublishEntry[],
): string | null {
  const own = Array.isArray(version.publishedLocale) ? version.publishedLocale[0] : version.publishedLocale
  if (typeof own === 'string' && own) return own
  const at = Date.parse(version.updatedAt)
  let best: PublishEntry | null = null
  for (const entry of entries) {
    const distance = Math.abs(Date.parse(entry.createdAt) - at)
    if (distance <= 10_000 && (!best || distance < Math.abs(Date.parse(best.createdAt) - at))) best = entry
  }
  return best?.locale ?? null
}
