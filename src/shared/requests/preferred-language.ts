import Negotiator from 'negotiator'

/**
 * The language among `available` that an Accept-Language header prefers most, by quality and then
 * by order ("en-GB,en;q=0.9,tr;q=0.8" → en; a regional tag matches its language), or `fallback`
 * when the header accepts none of them. One reading of the header for the site's languages
 * (`/` sends readers to their home page) and the admin's (the language of a refusal).
 */
export function preferredLanguage<Language extends string>(
  acceptLanguage: string | null | undefined,
  available: readonly Language[],
  fallback: Language,
): Language {
  if (!acceptLanguage) return fallback
  const [best] = new Negotiator({ headers: { 'accept-language': acceptLanguage } }).languages([...available])
  return (best as Language | undefined) ?? fallback
}
