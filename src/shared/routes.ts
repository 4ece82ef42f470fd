import { isLocale, type Locale } from '@/shared/locales'

/** Public URLs, in one place so pages, links, sitemaps and previews agree. */
export const routes = {
  home: (locale: Locale) => `/${locale}`,
  question: (locale: Locale, number: number) => `/${locale}/questions/${number}`,
  advice: (locale: Locale, question: number, choice: number) => `/${locale}/questions/${question}/${choice}`,
  resources: (locale: Locale) => `/${locale}/resources`,
  search: (locale: Locale) => `/${locale}/search`,
  about: (locale: Locale) => `/${locale}/about`,
  accessibility: (locale: Locale) => `/${locale}/accessibility`,
  assessment: (locale: Locale) => `/${locale}/assessment`,
  /** One area of the questionnaire (1-based), with the answers so far in the query. */
  assessmentArea: (locale: Locale, area: number, query = '') =>
    `/${locale}/assessment/area/${area}${query ? `?${query}` : ''}`,
  assessmentReport: (locale: Locale, query = '') => `/${locale}/assessment/report${query ? `?${query}` : ''}`,
  /** POST: a report's or a team's answers added to the anonymous statistics (src/site/insights/share.ts). */
  assessmentShare: (locale: Locale) => `/${locale}/assessment/share`,
  /** A team assessment: POST here creates one; the members' link and the coordinator's pages below. */
  team: (locale: Locale) => `/${locale}/assessment/team`,
  teamMembers: (locale: Locale, team: string) => `/${locale}/assessment/team/${team}`,
  teamThanks: (locale: Locale, team: string) => `/${locale}/assessment/team/${team}/thanks`,
  teamResults: (locale: Locale, team: string, key?: string) =>
    `/${locale}/assessment/team/${team}/results${key ? `?key=${encodeURIComponent(key)}` : ''}`,
  teamCsv: (locale: Locale, team: string, key: string) =>
    `/${locale}/assessment/team/${team}/results.csv?key=${encodeURIComponent(key)}`,
  teamSettings: (locale: Locale, team: string) => `/${locale}/assessment/team/${team}/settings`,
  /** POST with `key` starts the team's next round (a new members' link) → 303 to its results. */
  teamRounds: (locale: Locale, team: string) => `/${locale}/assessment/team/${team}/rounds`,
  /** POST with `key` and `confirm=1` deletes the team; without `confirm=1`, 303 to the confirmation below. */
  teamDelete: (locale: Locale, team: string) => `/${locale}/assessment/team/${team}/delete`,
  /** The page that asks the coordinator to confirm the deletion (it works without JavaScript). */
  teamDeleteConfirm: (locale: Locale, team: string, key: string) =>
    `/${locale}/assessment/team/${team}/delete/confirm?key=${encodeURIComponent(key)}`,
}

const readingPageShapes: RegExp[] = [
  /^$/,
  /^\/(?:about|accessibility|resources|search)$/,
  /^\/questions\/\d+(?:\/\d+)?$/,
]

/**
 * Whether a path is one of the pages readers only read (home, about, accessibility, a question,
 * an advice, the resources, search): those are served without Next.js's JavaScript
 * (src/cli/without-scripts.ts) and kept byte for byte (src/cli/page-copies.ts).
 */
export function isReadingPage(pathname: string): boolean {
  const [, locale = '', rest = ''] = /^\/([^/]+)(\/.*)?$/.exec(pathname.replace(/(.)\/$/, '$1')) ?? []
  return isLocale(locale) && readingPageShapes.some((shape) => shape.test(rest))
}

/**
 * Whether an address is a self-assessment report with its answers in the query: rendered from
 * the address and the published content only, so the server keeps a copy of it
 * (src/cli/page-copies.ts). Team results are not: they hold a team's own answers.
 */
export function isReportWithAnswers(url: string): boolean {
  const queryAt = url.indexOf('?')
  if (queryAt < 0) return false
  const [, locale = ''] = /^\/([^/]+)\/assessment\/report\/?$/.exec(url.slice(0, queryAt)) ?? []
  return isLocale(locale)
}

const assessmentStepShapes: RegExp[] = [/^\/assessment(?:\/area\/\d+|\/report)?$/]

/**
 * Whether a page leaves without Next.js's JavaScript (src/cli/without-scripts.ts): the reading
 * pages, and the self-assessment's start, areas and report, whose own small script keeps the
 * answers (src/site/components/assessment/enhance.ts). Team pages, previews and the admin keep it.
 */
export function leavesWithoutNextScripts(pathname: string): boolean {
  if (isReadingPage(pathname)) return true
  const [, locale = '', rest = ''] = /^\/([^/]+)(\/.*)?$/.exec(pathname.replace(/(.)\/$/, '$1')) ?? []
  return isLocale(locale) && assessmentStepShapes.some((shape) => shape.test(rest))
}
