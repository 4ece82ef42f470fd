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

/** A date and time as the admin shows them, in the viewer's time zone (as Payload's own dates). */
export const adminDate = (iso: string, language: string): string =>
  new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'tr-TR', { dateStyle: 'long', timeStyle: 'short' }).format(
    new Date(iso),
  )
