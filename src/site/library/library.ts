import { getPublishedContent } from '@/site/content'
import type { ResourceView } from '@/site/content-shapes'
import { getFailingLinks, resourceView } from '@/site/freshness'
import { perContentVersion } from '@/site/content-version'
import { pick, type InLanguage } from '@/site/localized'
import type { Locale } from '@/shared/locales'

export type LibraryEntry = ResourceView & {
  citedBy: Array<{ question: number; choice: number; label: InLanguage<string> }>
  /** The areas of the questions whose advice cites it (their keys), for the area filter. */
  areas: string[]
}

export type Library = {
  /** Every resource cited by published advice, in the language's alphabetical order. */
  entries: LibraryEntry[]
  /** The areas that have at least one resource, in their order; `key` is what `?area=` holds. */
  areas: Array<{ key: string; title: InLanguage<string> }>
}

/**
 * The library of one language, built from the published content once per published change
 * (as the search index is), so paging and filtering a page is work in memory only.
 */
export const resourceLibrary = perContentVersion(async (locale: Locale): Promise<Library> => {
  const [{ areas, questions, choices, advice, resources }, failing] = await Promise.all([
    getPublishedContent(),
    getFailingLinks(),
  ])
  // An area's slug reads better in an address than its id; an area without one keeps its id.
  const areaKey = new Map(areas.map((a) => [a.id, a.slug || a.id]))
  const questionById = new Map(questions.map((q) => [q.id, q]))
  const choiceById = new Map(choices.map((c) => [c.id, c]))
  const citations = new Map<string, { citedBy: LibraryEntry['citedBy']; areas: Set<string> }>()
  for (const a of advice) {
    const choice = choiceById.get(a.choice)
    const question = choice ? questionById.get(choice.question) : undefined
    const label = choice ? pick(choice.label, locale) : null
    if (!choice || !question || !label || !pick(a.body, locale)) continue
    for (const id of a.resources ?? []) {
      const cited = citations.get(id) ?? { citedBy: [], areas: new Set<string>() }
      cited.citedBy.push({ question: question.number, choice: choice.number, label })
      const area = question.area ? areaKey.get(question.area) : undefined
      if (area) cited.areas.add(area)
      citations.set(id, cited)
    }
  }
  const collator = new Intl.Collator(locale)
  const entries = resources
    .flatMap((r) => {
      const cited = citations.get(r.id)
      return cited ? [{ ...resourceView(r, locale, failing), citedBy: cited.citedBy, areas: [...cited.areas] }] : []
    })
    .sort((a, b) => collator.compare(a.title.value, b.title.value))
  const used = new Set(entries.flatMap((e) => e.areas))
  return {
    entries,
    areas: areas.flatMap((area) => {
      const title = pick(area.title, locale)
      const key = areaKey.get(area.id) ?? area.id
      return title && used.has(key) ? [{ key, title }] : []
    }),
  }
})
