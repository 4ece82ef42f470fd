import { istanbulDay } from '@/shared/istanbul-calendar'
import { limits } from '@/shared/limits'
import { isLocale } from '@/shared/locales'
import { logEvent } from '@/shared/server/log'

/**
 * How many readers opened each advice page per week, gathered by the serving app (src/cli/serve.ts)
 * as it answers, and written every `limits.insights.viewsFlushMs` by src/cms/insights/page-views.ts.
 * No cookie, no address, no time of day: a count per advice and Istanbul week, nothing else. The
 * pending counts live on the process, not the module: Next.js's bundle and the server loading
 * this file each get their own copy of the module.
 */
export type PendingViews = Map<string, number>

const key = Symbol.for('rota.insights.pendingViews')
const holder = globalThis as { [key]?: PendingViews }
const pending = (): PendingViews => (holder[key] ??= new Map())

/** `/tr/questions/16/2`: an advice page as readers open it. */
const advicePage = /^\/([a-z]{2,3})\/questions\/(\d{1,4})\/(\d{1,3})$/

export type AdvicePage = { locale: string; question: number; choice: number }

export function advicePageOf(path: string): AdvicePage | null {
  const match = advicePage.exec(path)
  if (!match || !isLocale(match[1])) return null
  return { locale: match[1], question: Number(match[2]), choice: Number(match[3]) }
}

/** `2026-11-30`: the Monday the week of `now` begins on, in Istanbul. */
export function istanbulWeek(now: Date): string {
  const day = new Date(`${istanbulDay(now)}T00:00:00Z`)
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7))
  return day.toISOString().slice(0, 10)
}

/** The pending counts' key: `<week> <question>/<choice>`. */
export const viewKey = (week: string, page: AdvicePage) => `${week} ${page.question}/${page.choice}`

export function readViewKey(at: string): { week: string; question: number; choice: number } {
  const [week, numbers] = at.split(' ')
  const [question, choice] = numbers.split('/').map(Number)
  return { week, question, choice }
}

let warned = false

/** One reader's page, answered 200 to a plain GET that is not a crawler's (the caller decides that). */
export function countView(path: string, now = new Date()): void {
  const page = advicePageOf(path)
  if (!page) return
  const counts = pending()
  const at = viewKey(istanbulWeek(now), page)
  if (!counts.has(at) && counts.size >= limits.insights.viewsPending) {
    if (!warned)
      logEvent('warn', `[views] ${counts.size} page counts waiting to be written: further pages not counted until then`)
    warned = true
    return
  }
  counts.set(at, (counts.get(at) ?? 0) + 1)
}

/** The counts gathered since the last call, taken away. */
export function takeViews(): PendingViews {
  const taken = new Map(pending())
  pending().clear()
  warned = false
  return taken
}

/** Counts gathered and not yet written, left in place (the admin adds its own instance's). */
export const pendingViews = (): PendingViews => new Map(pending())

/** Counts taken but not written (the database was away): back, so nothing is lost. */
export function returnViews(counts: PendingViews): void {
  const now = pending()
  for (const [at, n] of counts) now.set(at, (now.get(at) ?? 0) + n)
}
