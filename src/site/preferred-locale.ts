import { defaultLocale, localeCodes, type Locale } from '@/shared/locales'

/**
 * The configured language that best matches an Accept-Language header
 * ("en-GB,en;q=0.9,tr;q=0.8" → en). Turkish when nothing matches.
 */
export function preferredLocale(acceptLanguage: string | null | undefined): Locale {
  if (!acceptLanguage) return defaultLocale
  const ranked = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';')
      const q = params.map((p) => /^q=([\d.]+)$/.exec(p.trim())?.[1]).find(Boolean)
      return { tag: tag.trim().toLowerCase(), q: q === undefined ? 1 : Number(q), index }
    })
    .filter((r) => r.tag && r.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
  for (const { tag } of ranked) {
    const base = tag.split('-')[0]
    const match = localeCodes.find((code) => code === tag || code === base)
    if (match) return match
  }
  return defaultLocale
}
