import type { Payload } from 'payload'

import { readTally } from '@/shared/insights/contributions'
import { countsInGroup, type Filter } from '@/shared/insights/groups'
import { publishedCounts } from '@/shared/insights/tally'
import type { Tally } from '@/shared/insights/tally'
import { limits } from '@/shared/limits'
import { keptUntilContentChanges } from '@/shared/server/content-generation'

export type InsightQuestion = {
  number: number
  contributions: number
  choices: Array<{ number: number; count: number }>
  /** Narrowed to a profile group where this question's figures would describe fewer than k: nothing is given. */
  hidden?: true
}

/** A published question with its published choices, by id (contributions are matched by id). */
export type PublishedQuestion = { id: string; number: number; choices: Array<{ id: string; number: number }> }

/**
 * The published questions and choices, as an anonymous reader sees them (access on, no user):
 * the insights speak of published content only, under today's numbers. Kept until the next
 * publish: every dashboard visit asks for them.
 */
export const publishedQuestions = keptUntilContentChanges(readPublishedQuestions, limits.insights.totalsMs)

async function readPublishedQuestions(payload: Payload): Promise<PublishedQuestion[]> {
  const read = { overrideAccess: false, depth: 0, pagination: false, draft: false } as const
  const [questions, choices] = await Promise.all([
    payload.find({ collection: 'questions', ...read, select: { number: true } }),
    payload.find({ collection: 'choices', ...read, select: { number: true, question: true } }),
  ])
  const byQuestion = new Map<string, Array<{ id: string; number: number }>>()
  for (const c of choices.docs) {
    const question = typeof c.question === 'object' && c.question ? c.question.id : c.question
    if (!question) continue
    byQuestion.set(question, [...(byQuestion.get(question) ?? []), { id: c.id, number: c.number }])
  }
  return questions.docs
    .map((q) => ({
      id: q.id,
      number: q.number,
      choices: (byQuestion.get(q.id) ?? []).sort((a, b) => a.number - b.number),
    }))
    .sort((a, b) => a.number - b.number)
}

/**
 * Per published question, how many contributions answered it and how they spread over its
 * published choices; narrowed to one profile group, only where k allows (as on the report).
 */
export function insightQuestions(
  questions: PublishedQuestion[],
  totals: Tally,
  inGroup?: { filter: Filter; k: number },
): InsightQuestion[] {
  return questions.map((q) => {
    const ids = q.choices.map((c) => c.id)
    const question = totals.questions.get(q.id)
    const source = inGroup ? countsInGroup(question, inGroup.filter, ids, inGroup.k) : question?.all
    const { n, counts } = publishedCounts(source, ids)
    if (inGroup && (!source || n < inGroup.k)) return { number: q.number, contributions: 0, choices: [], hidden: true }
    return {
      number: q.number,
      contributions: n,
      choices: q.choices.map((c) => ({ number: c.number, count: counts.get(c.id)! })),
    }
  })
}

export async function readInsights(payload: Payload): Promise<{ questions: InsightQuestion[] }> {
  const [questions, totals] = await Promise.all([publishedQuestions(payload), readTally(payload)])
  return { questions: insightQuestions(questions, totals) }
}

/** The same as CSV, one row per choice (STGM's annual report): UTF-8 with a byte-order mark, for spreadsheets. */
export function insightsCsv(questions: InsightQuestion[]): string {
  const rows = [['soru', 'katki', 'cevap', 'sayi']]
  for (const q of questions)
    for (const c of q.choices) rows.push([String(q.number), String(q.contributions), String(c.number), String(c.count)])
  return `\ufeff${rows.map((r) => r.join(',')).join('\r\n')}\r\n`
}
