import { lexicalToPlainText } from '@/rich-text/plain-text'
import type { AdviceDoc } from '@/site/content-shapes'
import { pick } from '@/site/localized'
import { timeOf } from '@/shared/dates'
import { istanbulDay } from '@/shared/istanbul-calendar'
import type { Locale } from '@/shared/locales'

/** One published version of an advice: when (as stored) and its text in every language. */
export type PublishedVersion = { at: unknown; body: AdviceDoc['body'] }

export type GuidanceChange = { changedOn: string; before: string; after: string }

/**
 * The day (in Turkey) of a moment as one number, 20261129. Days are compared as numbers:
 * as text, a five-digit year or one without its leading zeros sorts in the wrong place.
 */
const dayOf = (time: number): number => {
  const [year, month, day] = istanbulDay(new Date(time)).split('-').map(Number)
  return year * 10_000 + month * 100 + day
}

/** A day number as the report's YYYY-MM-DD. */
const dayText = (day: number): string =>
  `${String(Math.floor(day / 10_000)).padStart(4, '0')}-${String(Math.floor(day / 100) % 100).padStart(2, '0')}-${String(day % 100).padStart(2, '0')}`

/**
 * How an advice's text (in the reader's language, with its fallback) changed after `day`
 * (YYYY-MM-DD, the answers' day): the text published on that day and the text published now,
 * with the day of the latest change. Null when it has not changed since, or did not exist yet.
 * Versions are placed by the time they name, whatever order they come in; one whose date is
 * no date cannot be placed and is left out.
 */
export function guidanceChange(
  versions: readonly PublishedVersion[],
  day: string,
  locale: Locale,
): GuidanceChange | null {
  const asked = Number(day.replaceAll('-', ''))
  const timed = versions
    .flatMap((v) => {
      const time = timeOf(v.at)
      return time === null ? [] : [{ time, body: v.body }]
    })
    .sort((a, b) => a.time - b.time)
  const then = timed.filter((v) => dayOf(v.time) <= asked).at(-1)
  const now = timed.at(-1)
  if (!then || !now || then === now) return null
  const textOf = (v: (typeof timed)[number]) => {
    const body = pick(v.body, locale)
    return body ? lexicalToPlainText(body.value) : ''
  }
  const before = textOf(then)
  const after = textOf(now)
  if (before === after) return null
  // The day of the latest version whose text differs from the one before it.
  let changedAt = now.time
  for (let i = timed.length - 1; i > 0; i--) {
    if (textOf(timed[i]) !== textOf(timed[i - 1])) {
      changedAt = timed[i].time
      break
    }
  }
  return { changedOn: dayText(dayOf(changedAt)), before, after }
}
