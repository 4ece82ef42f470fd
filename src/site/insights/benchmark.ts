import type { AssessmentArea, AssessmentChoice, AssessmentQuestion, LevelCount } from '@/site/assessment'
import { levelDistribution, type Assessment } from '@/site/assessment'
import { profileDimensions, readFilter, type ProfileDimension, type ProfileGroup } from '@/shared/insights/profile'
import { groupKey, publishedCounts, safeGroups, sizesOf, type ChoiceCounts, type Tally } from '@/shared/insights/tally'

export type ChoiceFigure = { choice: AssessmentChoice; count: number; share: number }
/** How the organisations that answered a question spread over its published choices. */
export type QuestionFigure = { n: number; choices: ChoiceFigure[] }
export type FilterOffer = { dimension: ProfileDimension; groups: ProfileGroup[] }
export type Filter = { dimension: ProfileDimension; group: ProfileGroup; param: string }

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
  const offers = profileDimensions.flatMap((dimension) => {
    const safe = safeGroups(sizesOf(dimension, totals.groupSizes), k)
    const groups = dimension.groups.filter((g) => safe.has(groupKey(dimension.name, g.key)))
    return groups.length ? [{ dimension, groups }] : []
  })
  const wanted = readFilter(filterParam)
  const filter =
    wanted && offers.some((o) => o.dimension === wanted.dimension && o.groups.includes(wanted.group))
      ? { ...wanted, param: groupKey(wanted.dimension.name, wanted.group.key) }
      : null

  const figures = new Map<string, QuestionFigure | null>()
  const question = (q: AssessmentQuestion): QuestionFigure | null => {
    if (figures.has(q.id)) return figures.get(q.id)!
    const ids = q.choices.map((c) => c.id)
    const counts = totals.questions.get(q.id)
    let source: ChoiceCounts | undefined = counts?.all
    if (filter) {
      const sizes = new Map(
        [...filter.dimension.groups.map((g) => g.key), 'none'].map((key) => {
          const g = groupKey(filter.dimension.name, key)
          return [g, publishedCounts(counts?.groups.get(g), ids).n] as const
        }),
      )
      source = safeGroups(sizes, k).has(filter.param) ? counts?.groups.get(filter.param) : undefined
    }
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
