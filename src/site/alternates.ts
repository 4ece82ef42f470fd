import { localeCodes, type Locale } from '@/shared/locales'

/** The same page in every language, e.g. for the language switch. */
export function pageInEveryLocale(path: (locale: Locale) => string): Record<Locale, string> {
  return Object.fromEntries(localeCodes.map((code) => [code, path(code)])) as Record<Locale, string>
}
