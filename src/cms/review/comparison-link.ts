/**
 * "Yayımdaki metinle karşılaştır": the address the admin links to from the dashboard's review
 * queue, the form and a translator's returned work. It sends the browser on to the comparison
 * of the published text with the newest draft in that language (src/cms/review/comparison.ts),
 * read at the moment of the click. A global is named twice: `site-texts/site-texts`.
 */
export const comparisonLink = (scope: string, document: string, locale: string, api = '/api'): string =>
  `${api}/published-comparison/${encodeURIComponent(scope)}/${encodeURIComponent(document)}?locale=${encodeURIComponent(locale)}`
