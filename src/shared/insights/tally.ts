import { notSaid, profileDimensions, type Profile, type ProfileDimension } from '@/shared/insights/profile'

/** One answer as a contribution keeps it: the question's and the choice's ids, and their numbers at the time. */
export type StoredAnswer = { question: string; questionNumber: number; choice: string; choiceNumber: number }
export type Contribution = { profile: Profile; answers: StoredAnswer[] }

/** Counts per choice id. */
export type ChoiceCounts = Map<string, number>
/** A question's counts: everyone's, and per profile group (`size:6-20`, `size:none` …). */
export type QuestionTally = { all: ChoiceCounts; groups: Map<string, ChoiceCounts> }
export type Tally = {
  /** Contributions in all, and per profile group. */
  contributions: number
  groupSizes: Map<string, number>
  questions: Map<string, QuestionTally>
}

export const groupKey = (dimension: ProfileDimension['name'], key: string) => `${dimension}:${key}`

const bump = (counts: ChoiceCounts, choice: string) => counts.set(choice, (counts.get(choice) ?? 0) + 1)

/** Every contribution counted once, per question and choice (by their ids) and per profile group. */
export function tally(contributions: Iterable<Contribution>): Tally {
  const out: Tally = { contributions: 0, groupSizes: new Map(), questions: new Map() }
  for (const { profile, answers } of contributions) {
    out.contributions++
    const groups = profileDimensions.map((d) => groupKey(d.name, profile[d.name] ?? notSaid))
    for (const g of groups) out.groupSizes.set(g, (out.groupSizes.get(g) ?? 0) + 1)
    const seen = new Set<string>()
    for (const answer of answers) {
      if (seen.has(answer.question)) continue
      seen.add(answer.question)
      const question = out.questions.get(answer.question) ?? { all: new Map(), groups: new Map() }
      out.questions.set(answer.question, question)
      bump(question.all, answer.choice)
      for (const g of groups) {
        const counts = question.groups.get(g) ?? new Map()
        question.groups.set(g, counts)
        bump(counts, answer.choice)
      }
    }
  }
  return out
}

/**
 * The groups of one profile dimension whose figures may be shown, given how many are in each
 * (`none`, "not said", included: it is never shown but it is counted). A group is shown only
 * with at least `k`; and what is left out (the total less the groups shown) must be nothing or
 * at least `k` too, else subtracting the shown groups from the total would give the figures of
 * fewer than `k` organisations: then the smallest shown group is left out as well, until it is.
 * Nothing is shown when the total itself is below `k`.
 */
export function safeGroups(sizes: Map<string, number>, k: number): Set<string> {
  const total = [...sizes.values()].reduce((a, b) => a + b, 0)
  if (total < k) return new Set()
  const shown = [...sizes].filter(([key, n]) => n >= k && !key.endsWith(`:${notSaid}`)).sort((a, b) => b[1] - a[1])
  let rest = total - shown.reduce((sum, [, n]) => sum + n, 0)
  while (shown.length && rest > 0 && rest < k) rest += shown.pop()![1]
  return new Set(shown.map(([key]) => key))
}

/** The sizes of one dimension's groups, from a map keyed `dimension:key`. */
export function sizesOf(dimension: ProfileDimension, byGroup: Map<string, number>): Map<string, number> {
  const keys = [...dimension.groups.map((g) => g.key), notSaid]
  return new Map(keys.map((key) => [groupKey(dimension.name, key), byGroup.get(groupKey(dimension.name, key)) ?? 0]))
}

/** Counts restricted to the choices still published (ids), and their sum. */
export function publishedCounts(
  counts: ChoiceCounts | undefined,
  choices: string[],
): { n: number; counts: ChoiceCounts } {
  const out: ChoiceCounts = new Map(choices.map((id) => [id, counts?.get(id) ?? 0]))
  return { n: [...out.values()].reduce((a, b) => a + b, 0), counts: out }
}
