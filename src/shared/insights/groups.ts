import {
  notSaid,
  profileDimensions,
  readFilter,
  type ProfileDimension,
  type ProfileGroup,
} from '@/shared/insights/profile'
import {
  groupKey,
  publishedCounts,
  safeGroups,
  sizesOf,
  type ChoiceCounts,
  type QuestionTally,
  type Tally,
} from '@/shared/insights/tally'

export type FilterOffer = { dimension: ProfileDimension; groups: ProfileGroup[] }
export type Filter = { dimension: ProfileDimension; group: ProfileGroup; param: string }

/**
 * The profile groups figures may be narrowed to: per dimension, the groups safeGroups allows
 * over all contributions. The report's readers and the admin's "İçgörüler" are offered the same.
 */
export const filterOffers = (totals: Tally, k: number): FilterOffer[] =>
  profileDimensions.flatMap((dimension) => {
    const safe = safeGroups(sizesOf(dimension, totals.groupSizes), k)
    const groups = dimension.groups.filter((g) => safe.has(groupKey(dimension.name, g.key)))
    return groups.length ? [{ dimension, groups }] : []
  })

/** The filter a parameter (`size:6-20`) asks for, when it is one of the offers; else null. */
export function offeredFilter(offers: FilterOffer[], param: unknown): Filter | null {
  const wanted = readFilter(param)
  return wanted && offers.some((o) => o.dimension === wanted.dimension && o.groups.includes(wanted.group))
    ? { ...wanted, param: groupKey(wanted.dimension.name, wanted.group.key) }
    : null
}

/**
 * One question's counts in a filter's group, or undefined where they may not be shown: a group
 * may meet k overall and still, for one question that fewer answered, be small enough that its
 * figures or the rest's (the question's total less the shown groups) describe fewer than k.
 */
export function countsInGroup(
  question: QuestionTally | undefined,
  filter: Filter,
  choices: string[],
  k: number,
): ChoiceCounts | undefined {
  const sizes = new Map(
    [...filter.dimension.groups.map((g) => g.key), notSaid].map((key) => {
      const g = groupKey(filter.dimension.name, key)
      return [g, publishedCounts(question?.groups.get(g), choices).n] as const
    }),
  )
  return safeGroups(sizes, k).has(filter.param) ? question?.groups.get(filter.param) : undefined
}
