import { defaultLocale, localeCodes, type Locale } from '@/shared/locales'

/** A localized field read with `locale: 'all'`: one value per language that has one. */
export type LocaleMap<T> = Partial<Record<Locale, T | null>>

/** A value in the language it is actually written in, which may be the fallback. */
export type InLanguage<T> = { value: T; lang: Locale }

const present = (v: unknown) => v !== null && v !== undefined && v !== ''

/** The reader's language if it has a value, else Turkish (the fallback), else nothing. */
export function pick<T>(map: LocaleMap<T> | null | undefined, locale: Locale): InLanguage<T> | null {
  const own = map?.[locale]
  if (present(own)) return { value: own as T, lang: locale }
  const fallback = map?.[defaultLocale]
  return present(fallback) ? { value: fallback as T, lang: defaultLocale } : null
}

/** The languages in which a field has its own (published) value. */
export function languagesOf(map: LocaleMap<unknown> | null | undefined): Locale[] {
  return localeCodes.filter((code) => present(map?.[code]))
}
