import type { Payload } from 'payload'

import type { PublishedQuestion } from '@/cms/insights/totals'
import { failingResources } from '@/cms/link-check/failing'
import { translationLocales } from '@/cms/translation-status/read'
import { relationId } from '@/shared/relation-id'
import type { Tally } from '@/shared/insights/tally'
import type { TranslationState } from '@/shared/states/translation-states'

/** The most chosen answers looked at; of them, those with something to mend come first. */
const mostChosen = 10

export type ReviewItem = {
  question: number
  choice: number
  /** Organisations that chose the answer. */
  count: number
  advice: { id: string; updatedAt: string }
  /** Languages whose published translation readers get is missing or made from an older Turkish. */
  translations: Array<{ locale: string; state: Exclude<TranslationState, 'current'> }>
  /** The advice's resources whose link failed at the last check. */
  brokenLinks: number
}

/**
 * "Önce bunları gözden geçirin": the advice of the answers organisations choose most, with what
 * is wrong with each (translations readers get missing or outdated, broken resource links),
 * those with more to mend first and, among equals, the oldest text first. The translation
 * states are the published ones (`publishedStatus`): a translation waiting as a draft does not
 * yet help a reader.
 */
export async function reviewFirst(payload: Payload, published: PublishedQuestion[], totals: Tally) {
  const chosen = published
    .flatMap((q) =>
      q.choices.map((c) => ({ question: q.number, choice: c, count: totals.questions.get(q.id)?.all.get(c.id) ?? 0 })),
    )
    .filter((c) => c.count > 0)
    .sort((a, b) => b.count - a.count)
    .slice(0, mostChosen)
  if (!chosen.length) return []
  const { docs: advice } = await payload.find({
    collection: 'advice',
    where: { choice: { in: chosen.map((c) => c.choice.id) } },
    overrideAccess: true,
    pagination: false,
    depth: 0,
    select: { choice: true, updatedAt: true, resources: true },
  })
  const [{ docs: states }, { ids: failing }] = await Promise.all([
    payload.find({
      collection: 'translation-states',
      where: { and: [{ scope: { equals: 'advice' } }, { document: { in: advice.map((a) => a.id) } }] },
      overrideAccess: true,
      pagination: false,
      depth: 0,
      select: { document: true, locale: true, publishedStatus: true },
    }),
    failingResources(payload),
  ])
  const broken = new Set(failing)
  const stateOf = new Map(states.map((s) => [`${s.document}/${s.locale}`, s.publishedStatus]))
  const adviceOf = new Map(advice.map((a) => [relationId(a.choice), a]))

  const items: ReviewItem[] = chosen.flatMap((c) => {
    const a = adviceOf.get(c.choice.id)
    if (!a) return []
    const translations = translationLocales().flatMap((locale) => {
      const state = stateOf.get(`${a.id}/${locale}`) ?? 'missing'
      return state === 'current' ? [] : [{ locale, state }]
    })
    const brokenLinks = (a.resources ?? []).filter((r) => broken.has(relationId(r) ?? '')).length
    return [
      {
        question: c.question,
        choice: c.choice.number,
        count: c.count,
        advice: { id: a.id, updatedAt: a.updatedAt },
        translations,
        brokenLinks,
      },
    ]
  })
  const toMend = (i: ReviewItem) => i.translations.length + (i.brokenLinks ? 1 : 0)
  return items.sort((a, b) => toMend(b) - toMend(a) || Date.parse(a.advice.updatedAt) - Date.parse(b.advice.updatedAt))
}
