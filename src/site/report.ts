import { guidanceChangesSince } from '@/site/advice-history'
import {
  answersQuery,
  dontKnow,
  planParams,
  readAnswers,
  readEarlier,
  readPlan,
  type SearchParams,
} from '@/site/answers'
import { getAssessment, type AssessmentQuestion } from '@/site/assessment'
import type { ResourceView } from '@/site/content-shapes'
import type { Locale } from '@/shared/locales'

/** An earlier report's answer to a question: a choice, "unsure", or null when it had none. */
export type EarlierChoice = AssessmentQuestion['choices'][number] | 'unsure' | null | undefined

/**
 * Everything a report shows, read from its address: the answers and what could not be read, the
 * action plan, the comparison with an earlier report, what was left open, the advice changed
 * since the answers' day, and the resources the chosen advice cite.
 */
export async function readReport(locale: Locale, query: SearchParams) {
  const assessment = await getAssessment(locale)
  const { answers, day, ignored } = readAnswers(query, assessment)
  const plan = readPlan(query, answers)
  // An empty box sent with the plan ("Eylem planını güncelle") is no comparison: said before
  // that "no answers could be read from this link", of a link nobody gave.
  const earlierParam = typeof query.prev === 'string' && query.prev.trim() ? query.prev.slice(0, 8_000) : undefined
  const earlier = readEarlier(earlierParam, assessment)
  const address = answersQuery(answers, { d: day, ...planParams(plan), prev: earlierParam })
  const chosen = (q: AssessmentQuestion) => q.choices.find((c) => c.number === answers.get(q.number))

  const all = assessment.areas.flatMap((a) => a.questions)
  const answered = all.filter((q) => (answers.get(q.number) ?? dontKnow) !== dontKnow)
  const changed = day
    ? await guidanceChangesSince(
        answered.flatMap((q) => chosen(q)?.advice?.id ?? []),
        day,
        locale,
      )
    : new Map<string, null>()
  const changes = new Map(answered.map((q) => [q.number, changed.get(chosen(q)?.advice?.id ?? '') ?? null] as const))
  const resources = new Map<string, ResourceView>()
  for (const q of answered) for (const r of chosen(q)?.advice?.resources ?? []) resources.set(r.id, r)

  const earlierChoice = (q: AssessmentQuestion): EarlierChoice => {
    if (!earlier) return undefined
    const choice = earlier.answers.get(q.number)
    if (choice === undefined) return null
    return choice === dontKnow ? 'unsure' : (q.choices.find((c) => c.number === choice) ?? null)
  }
  return {
    assessment,
    answers,
    day,
    ignored,
    plan,
    earlier,
    earlierParam,
    address,
    chosen,
    answered,
    unsure: all.filter((q) => answers.get(q.number) === dontKnow),
    unanswered: all.filter((q) => !answers.has(q.number)),
    changes,
    resources: [...resources.values()],
    earlierChoice,
    changedSinceEarlier: earlier
      ? all.filter((q) => answers.has(q.number) && earlier.answers.get(q.number) !== answers.get(q.number)).length
      : 0,
  }
}
