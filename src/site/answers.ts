import { istanbulDay } from '@/shared/istanbul-calendar'
import type { Assessment } from '@/site/assessment'

/** The value of "Bilmiyorum / emin değilim": an answer of its own, counted apart. */
export const dontKnow = 0

/** A reader's answers: question number → choice number (or `dontKnow`). */
export type Answers = Map<number, number>

export type SearchParams = Record<string, string | string[] | undefined>

/** What could not be read from an address, for a short note to the reader. */
export type Ignored = { kind: 'question' | 'choice' | 'value' | 'date'; name: string }

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)
const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/

/** A calendar day written YYYY-MM-DD that exists (no 2026-02-30). */
export function readDay(value: string | undefined): string | null {
  const match = value ? dayPattern.exec(value) : null
  if (!match) return null
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
  return date.toISOString().slice(0, 10) === value ? value : null
}

/** Today in Turkey, as the answers' day (`d`). */
export const today = () => istanbulDay()

/**
 * The answers in an address (`q16=2&q3=0&d=2026-11-29`), checked against the published
 * questionnaire: unknown questions, choices that do not exist or are not published, malformed
 * values and dates are left out and listed, never an error. At most 1,000 parameters are read.
 */
export function readAnswers(
  params: SearchParams,
  assessment: Assessment,
  prefix = 'q',
): { answers: Answers; day: string | null; ignored: Ignored[] } {
  const answers: Answers = new Map()
  const ignored: Ignored[] = []
  for (const [key, raw] of Object.entries(params).slice(0, 1_000)) {
    const match = new RegExp(`^${prefix}(\\d{1,7})$`).exec(key)
    if (!match) continue
    const question = assessment.questions.get(Number(match[1]))
    const value = first(raw) ?? ''
    if (!question) {
      ignored.push({ kind: 'question', name: key })
      continue
    }
    if (!/^\d{1,7}$/.test(value)) {
      if (value !== '') ignored.push({ kind: 'value', name: key })
      continue
    }
    const choice = Number(value)
    if (choice !== dontKnow && !question.choices.some((c) => c.number === choice)) {
      ignored.push({ kind: 'choice', name: `${key}=${value}` })
      continue
    }
    answers.set(question.number, choice)
  }
  const rawDay = first(params.d)
  const day = readDay(rawDay)
  if (rawDay !== undefined && rawDay !== '' && !day) ignored.push({ kind: 'date', name: `d=${rawDay.slice(0, 20)}` })
  return { answers, day, ignored }
}

/** Answers (in questionnaire order) and other parameters as a query string, without the `?`. */
export function answersQuery(answers: Answers, extra: Record<string, string | null | undefined> = {}): string {
  const query = new URLSearchParams()
  for (const [question, choice] of [...answers].sort((a, b) => a[0] - b[0])) query.set(`q${question}`, String(choice))
  for (const [key, value] of Object.entries(extra)) if (value) query.set(key, value)
  return query.toString()
}

/** An action-plan item: the advice of a question the reader acts on first, with who and by when. */
export type PlanItem = { owner: string; target: string | null }
export type Plan = Map<number, PlanItem>

const cleanOwner = (value: string | undefined) =>
  (value ?? '')
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80)

/**
 * The action plan in an address: `p16=1` picks question 16's advice, `o16` names who acts on
 * it (80 characters at most) and `t16` by when (YYYY-MM-DD). Only answered questions count.
 */
export function readPlan(params: SearchParams, answers: Answers): Plan {
  const plan: Plan = new Map()
  for (const [question, choice] of answers) {
    if (choice === dontKnow || first(params[`p${question}`]) !== '1') continue
    plan.set(question, {
      owner: cleanOwner(first(params[`o${question}`])),
      target: readDay(first(params[`t${question}`])),
    })
  }
  return plan
}

/** The plan as query parameters, to add to the answers' query. */
export function planParams(plan: Plan): Record<string, string | null> {
  const out: Record<string, string | null> = {}
  for (const [question, item] of plan) {
    out[`p${question}`] = '1'
    out[`o${question}`] = item.owner || null
    out[`t${question}`] = item.target
  }
  return out
}

/**
 * An earlier report given by its address (or just its query): its answers and day, read like
 * the current ones. Anything else in it is ignored; an address longer than 8,000 characters is.
 */
export function readEarlier(
  value: string | undefined,
  assessment: Assessment,
): { answers: Answers; day: string | null } | null {
  if (!value || value.length > 8_000) return null
  const query = value.includes('?') ? value.slice(value.indexOf('?') + 1) : value
  const params = Object.fromEntries(new URLSearchParams(query.split('#')[0]))
  const { answers, day } = readAnswers(params, assessment)
  return answers.size ? { answers, day } : null
}
