/** A collection's or field's label (a string or one per language) in the admin's language. */
export function labelIn(label: unknown, language: string): string {
  if (typeof label === 'string') return label
  const byLanguage = (label ?? {}) as Record<string, string>
  return byLanguage[language] ?? byLanguage.tr ?? ''
}

/** A date and time as the admin shows them, in the viewer's time zone (as Payload's own dates). */
export const adminDate = (iso: string, language: string): string =>
  new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'tr-TR', { dateStyle: 'long', timeStyle: 'short' }).format(
    new Date(iso),
  )
