import type { AssessmentArea, AssessmentChoice, AssessmentQuestion, LevelCount } from '@/site/assessment'
import { levelDistribution, type Assessment } from '@/site/assessment'
import { countsInGroup, filterOffers, offeredFilter, type Filter, type FilterOffer } from '@/shared/insights/groups'
import { publishedCounts, type ChoiceCounts, type Tally } from '@/shared/insights/tally'

export type ChoiceFigure = { choice: AssessmentChoice; count: number; share: number }
/** How the organisations that answered a question spread over its published choices. */
export type QuestionFigure = { n: number; choices: ChoiceFigure[] }

export type Benchmark = {
  k: number
  /** The profile groups a reader may narrow the figures to: only groups that meet k (safeGroups). */
  offers: FilterOffer[]
  filter: Filter | null
  question: (question: AssessmentQuestion) => QuestionFigure | null
  /** Others' answers in an area per maturity level, where levels exist and every question's figure is shown. */
  area: (area: AssessmentArea) => LevelCount[] | null
}

/**
 * "Örgütler arasında" (docs/decisions/011-anonymous-contributions.md): the contributions over
 * the published questionnaire, matched by the question's and the choice's ids (a choice no
 * longer published counts nowhere). A figure needs at least `k` organisations in its group,
 * and a group is shown only where safeGroups says no subtraction reveals fewer than `k`.
 */
export function benchmarkOf(assessment: Assessment, totals: Tally, k: number, filterParam: unknown): Benchmark {
  const offers = filterOffers(totals, k)
  const filter = offeredFilter(offers, filterParam)

  const figures = new Map<string, QuestionFigure | null>()
  const question = (q: AssessmentQuestion): QuestionFigure | null => {
    if (figures.has(q.id)) return figures.get(q.id)!
    const ids = q.choices.map((c) => c.id)
    const counts = totals.questions.get(q.id)
    let source: ChoiceCounts | undefined = counts?.all
    if (filter) source = countsInGroup(counts, filter, ids, k)
    const { n, counts: published } = publishedCounts(source, ids)
    const figure =
      source && n >= k
        ? {
            n,
            choices: q.choices.map((choice) => ({
              choice,
              count: published.get(choice.id)!,
              share: published.get(choice.id)! / n,
            })),
          }
        : null
    figures.set(q.id, figure)
    return figure
  }

  const area = (a: AssessmentArea): LevelCount[] | null => {
    const shown = a.questions.map(question)
    if (shown.some((f) => !f)) return null
    const byChoice = new Map(shown.flatMap((f) => f!.choices.map((c) => [c.choice, c.count] as const)))
    // Only where every choice of the area has a level (levelDistribution's rule for the reader's own chart).
    const distribution = levelDistribution(a, assessment.levels, (q) => q.choices)
    if (!distribution) return null
    const counts = new Map<string, number>()
    for (const [choice, count] of byChoice)
      if (choice.level) counts.set(choice.level.id, (counts.get(choice.level.id) ?? 0) + count)
    return distribution.map(({ level }) => ({ level, count: counts.get(level.id) ?? 0 }))
  }

  return { k, offers, filter, question, area }
}
