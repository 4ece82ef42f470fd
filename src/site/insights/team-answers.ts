import type { QuestionResult } from '@/site/team/results'

/**
 * A team's answers as one organisation's, for the anonymous statistics: per question the answer
 * most of its members chose; a question where two answers tie, or nobody chose one, is left out
 * (the team gave no one answer to it).
 */
export function teamAnswersAsOne(questions: QuestionResult[]): Map<number, number> {
  const out = new Map<number, number>()
  for (const { question, counts } of questions) {
    const most = Math.max(0, ...counts.map((c) => c.count))
    const top = counts.filter((c) => c.count === most)
    if (most > 0 && top.length === 1) out.set(question.number, top[0]!.choice.number)
  }
  return out
}
