import type { AssessmentChoice, AssessmentQuestion } from '@/site/assessment'
import type { QuestionResult } from '@/site/team/results'

/**
 * A round's most common answer to a question: the answer (or the answers, tied) most members
 * chose, and its agreement, the share of those who answered the question who chose it. "Not
 * sure" counts among those who answered, as on the results page ("3 / 6 kişi"): a team where
 * half are unsure agrees less than one where all chose the same.
 */
export type Leading = { choices: AssessmentChoice[]; count: number; answered: number }

export type QuestionChange = {
  question: AssessmentQuestion
  /** In the earlier round; null when nobody chose an answer to it then. */
  then: Leading | null
  /** In this round; null when nobody chose an answer to it (yet). */
  now: Leading | null
  /** The most common answer is another one now (or another set of tied ones). */
  moved: boolean
  /** Whether the share of the most common answer went up or down; null unless both rounds have one. */
  agreement: 'up' | 'down' | 'same' | null
}

function leading(result: QuestionResult | undefined): Leading | null {
  if (!result) return null
  const count = Math.max(0, ...result.counts.map((c) => c.count))
  if (count === 0) return null
  return {
    choices: result.counts.filter((c) => c.count === count).map((c) => c.choice),
    count,
    answered: result.answered,
  }
}

const sameChoices = (a: Leading, b: Leading) =>
  a.choices.length === b.choices.length && a.choices.every((choice, i) => choice.number === b.choices[i]!.number)

/**
 * What moved between two rounds of a team, per question of this round's results: the most
 * common answer then and now, and whether agreement went up or down (shares compared exactly,
 * as fractions: 2/4 and 3/6 are the same agreement). The earlier round's answers are read
 * against the questionnaire as it is now, as its own results page reads them.
 */
export function compareRounds(earlier: QuestionResult[], now: QuestionResult[]): QuestionChange[] {
  const before = new Map(earlier.map((result) => [result.question.number, result]))
  return now.map((result) => {
    const then = leading(before.get(result.question.number))
    const current = leading(result)
    if (!then || !current) return { question: result.question, then, now: current, moved: false, agreement: null }
    const difference = current.count * then.answered - then.count * current.answered
    return {
      question: result.question,
      then,
      now: current,
      moved: !sameChoices(then, current),
      agreement: difference > 0 ? 'up' : difference < 0 ? 'down' : 'same',
    }
  })
}

/** Whether a question's answers changed between the rounds at all (its most common answer, or its agreement). */
export const changed = (change: QuestionChange) =>
  change.moved ||
  change.agreement === 'up' ||
  change.agreement === 'down' ||
  (change.then === null) !== (change.now === null)

/** The changes in the order the page shows them: moved answers first, then the largest changes of agreement; unchanged ones last. */
export function changesFirst(changes: QuestionChange[]): QuestionChange[] {
  const share = (l: Leading | null) => (l ? l.count / l.answered : 0)
  const weight = (c: QuestionChange) => (c.moved ? 2 : changed(c) ? 1 : 0)
  return [...changes].sort(
    (a, b) =>
      weight(b) - weight(a) ||
      Math.abs(share(b.now) - share(b.then)) - Math.abs(share(a.now) - share(a.then)) ||
      a.question.number - b.question.number,
  )
}
