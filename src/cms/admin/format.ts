import { istanbulTime } from '@/shared/schedules'
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

/**
 * Which language a published version published, in words ("İngilizce"): the admin publishes one
 * language at a time (Payload's `publishedLocale`); a version without one published them all.
 */
export function publishedLanguage(publishedLocale: unknown, language: string, allLanguages: string): string {
  const code = Array.isArray(publishedLocale) ? publishedLocale[0] : publishedLocale
  return isLocale(code) ? localeName(code, language) : allLanguages
}
