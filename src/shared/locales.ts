/**
 * The content languages. This list is the only place a language is declared: the CMS
 * localization, the public routes, the translator language picker and the import/export
 * CLI all read it. Adding a language is one line here (see docs/development/languages.md).
 * Turkish comes first: it is the default and the fallback for reading.
 */
export const locales = [
  { code: 'tr', label: 'Türkçe', names: { tr: 'Türkçe', en: 'Turkish' }, htmlLang: 'tr-TR' },
  { code: 'en', label: 'English', names: { tr: 'İngilizce', en: 'English' }, htmlLang: 'en' },
] as const

/** `label` is the language's own name (the site's language switch); `names` are its names in the admin's languages. */
export type AdminLanguage = keyof (typeof locales)[number]['names']

export type Locale = (typeof locales)[number]['code']

export const defaultLocale: Locale = locales[0].code

export const localeCodes: Locale[] = locales.map((l) => l.code)

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (localeCodes as string[]).includes(value)
}

export function localeLabel(code: Locale): string {
  return locales.find((l) => l.code === code)?.label ?? code
}

/** A content language's name in an admin language ("İngilizce" for `en` in Turkish). */
export function languageName(code: string, adminLanguage: AdminLanguage): string {
  return locales.find((l) => l.code === code)?.names[adminLanguage] ?? code
}

/** The `lang` attribute for a language ("tr-TR"). */
export const htmlLang = (code: Locale): string => locales.find((l) => l.code === code)?.htmlLang ?? code

/**
 * Which way the language is written, from the Unicode data Node.js carries ("ar", "fa", "ckb":
 * right to left), so a language line needs no field for it.
 */
export function direction(code: string): 'ltr' | 'rtl' {
  const locale = new Intl.Locale(code) as Intl.Locale & {
    textInfo?: { direction?: string }
    getTextInfo?: () => { direction?: string }
  }
  const info = locale.getTextInfo?.() ?? locale.textInfo
  return info?.direction === 'rtl' ? 'rtl' : 'ltr'
}

/** `lang` and, where it is written the other way round, `dir` for text in `text` on a page in `page`; nothing when they match. */
export function langAttributes(text: Locale, page: Locale): { lang?: string; dir?: 'ltr' | 'rtl' } {
  if (text === page) return {}
  const dir = direction(text)
  return dir === direction(page) ? { lang: htmlLang(text) } : { lang: htmlLang(text), dir }
}

/** The language's name in the admin's language: "İngilizce" in the Turkish admin. */
export function localeName(code: Locale, adminLanguage: string): string {
  const names: Record<string, string> | undefined = locales.find((l) => l.code === code)?.names
  return names?.[adminLanguage] ?? names?.tr ?? code
}
