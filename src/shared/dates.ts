/**
 * Dates are stored as ISO 8601 text (SQLite keeps them as text and compares them as text;
 * MongoDB as dates). Text order is time order only for Payload's own spelling of a date
 * (`toISOString()`) in the years 0000–9999: `+010000-01-01T00:00:00.000Z` sorts before
 * `2026-…`, and a schedule meant for the year 10000 ran at once. Whatever the code decides by
 * a date it decides here, by time, and a value that is not a date in that range decides nothing.
 * The database may still sort and narrow by what is always canonical: Payload's own timestamps
 * (`createdAt`, `updatedAt`) and the present the server writes (`new Date().toISOString()`);
 * where it narrows by a date anything else could be stored in, the code judges each value again.
 */

/** An ISO 8601 date, or date and time, with a four-digit year (what the CMS writes and reads). */
const isoDate = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/

/** The last moment text order still agrees with: the database may compare values up to here. */
export const latestComparableDate = '9999-12-31T23:59:59.999Z'
const latest = Date.parse(latestComparableDate)
const earliest = Date.parse('0000-01-01T00:00:00.000Z')

/**
 * The moment a stored date names (milliseconds since 1970), or null when it names none this
 * code can compare: not a date, not ISO 8601, or outside the years 0000–9999.
 */
export function timeOf(value: unknown): number | null {
  let time: number
  if (value instanceof Date) time = value.getTime()
  else if (typeof value === 'string' && isoDate.test(value)) time = Date.parse(value)
  else return null
  return Number.isFinite(time) && time >= earliest && time <= latest ? time : null
}

/**
 * For `sort()`: the newest first; values that are no date go last (in the order they came),
 * so one unreadable date neither hides the others nor jumps ahead of them.
 */
export function newestFirst(a: unknown, b: unknown): number {
  const [x, y] = [timeOf(a), timeOf(b)]
  if (x === null || y === null) return (x === null ? 1 : 0) - (y === null ? 1 : 0)
  return y - x
}

/** For `sort()`: the oldest first; values that are no date go last. */
export function oldestFirst(a: unknown, b: unknown): number {
  const [x, y] = [timeOf(a), timeOf(b)]
  if (x === null || y === null) return (x === null ? 1 : 0) - (y === null ? 1 : 0)
  return x - y
}
