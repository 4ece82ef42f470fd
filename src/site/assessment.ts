import { getPublishedContent } from '@/site/content'
import type { AdviceView } from '@/site/content-shapes'
import { getFailingLinks, getOutdatedTranslations, resourceView, turkishUpdate } from '@/site/freshness'
import { perContentVersion } from '@/site/content-version'
import { pick, type InLanguage } from '@/site/localized'
import type { Locale } from '@/shared/locales'

export type AssessmentChoice = {
  /** The choice's document id: what anonymous contributions keep (numbers may be changed). */
  id: string
  number: number
  label: InLanguage<string>
  /** The published maturity level an editor gave the choice, if any. */
  level: AssessmentLevel | null
  advice: Omit<AdviceView, 'languages'> | null
}
export type AssessmentQuestion = {
  /** The question's document id (see AssessmentChoice.id). */
  id: string
  number: number
  text: InLanguage<string>
  /** A sample question (marked on the page). */
  sample: boolean
  area: number
  choices: AssessmentChoice[]
}
/** An area of the questionnaire; `index` counts from 1 in the order readers go through them. */
export type AssessmentArea = {
  index: number
  id: string | null
  title: InLanguage<string> | null
  questions: AssessmentQuestion[]
}
/** A maturity level; `rank` counts from 0, the earliest level first. */
export type AssessmentLevel = { id: string; rank: number; title: InLanguage<string> }
export type Assessment = {
  areas: AssessmentArea[]
  questions: Map<number, AssessmentQuestion>
  /** The published maturity levels, earliest first (empty when editors set none). */
  levels: AssessmentLevel[]
}

/**
 * The published questionnaire in one language: areas in order, each with its questions and
 * every published choice with its advice and resources. Built once per published change and
 * kept in memory, so taking the assessment and reading reports never query the database.
 */
export const getAssessment = perContentVersion(async (locale: Locale): Promise<Assessment> => {
  const [{ areas, questions, choices, advice, resources, levels: levelDocs }, failing, outdated] = await Promise.all([
    getPublishedContent(),
    getFailingLinks(),
    getOutdatedTranslations(locale),
  ])
  const levels = levelDocs.flatMap((l) => {
    const title = pick(l.title, locale)
    return title ? [{ id: l.id, title }] : []
  })
  const levelById = new Map(levels.map((l, rank) => [l.id, { ...l, rank }]))
  const resourceById = new Map(resources.map((r) => [r.id, resourceView(r, locale, failing)]))
  const adviceByChoice = new Map(advice.map((a) => [a.choice, a]))
  const choicesByQuestion = new Map<string, AssessmentChoice[]>()
  for (const c of choices) {
    const label = pick(c.label, locale)
    if (!label || !c.question) continue
    const doc = adviceByChoice.get(c.id)
    const body = doc ? pick(doc.body, locale) : null
    const choice: AssessmentChoice = {
      id: c.id,
      number: c.number,
      label,
      level: (c.maturity && levelById.get(c.maturity)) || null,
      advice:
        doc && body
          ? {
              id: doc.id,
              body,
              updatedAt: doc.updatedAt,
              turkishUpdatedAt: turkishUpdate(outdated, `advice/${doc.id}`, body, locale),
              resources: (doc.resources ?? []).flatMap((id) => resourceById.get(id) ?? []),
            }
          : null,
    }
    choicesByQuestion.set(c.question, [...(choicesByQuestion.get(c.question) ?? []), choice])
  }

  const ordered = [...questions].sort((a, b) => (a.order ?? 0) - (b.order ?? 0) || a.number - b.number)
  const byArea = new Map<string | null, typeof ordered>()
  for (const q of ordered) {
    if (!pick(q.text, locale) || !choicesByQuestion.get(q.id)?.length) continue
    const key = q.area && areas.some((a) => a.id === q.area) ? q.area : null
    byArea.set(key, [...(byArea.get(key) ?? []), q])
  }
  const sections = [
    ...areas.map((a) => ({ id: a.id as string | null, title: pick(a.title, locale) })),
    { id: null, title: null },
  ]
  const out: AssessmentArea[] = []
  for (const section of sections) {
    const docs = byArea.get(section.id)
    if (!docs?.length) continue
    const index = out.length + 1
    out.push({
      index,
      id: section.id,
      title: section.title,
      questions: docs.map((q) => ({
        id: q.id,
        number: q.number,
        text: pick(q.text, locale)!,
        sample: Boolean(q.sample),
        area: index,
        choices: [...choicesByQuestion.get(q.id)!].sort((a, b) => a.number - b.number),
      })),
    })
  }
  return {
    areas: out,
    questions: new Map(out.flatMap((a) => a.questions.map((q) => [q.number, q]))),
    levels: [...levelById.values()],
  }
})

export type LevelCount = { level: AssessmentLevel; count: number }

/**
 * How an area's answers (one reader's, or every member's of a team) spread over the
 * maturity levels, earliest level first; null unless every choice of every question of the
 * area has a level (a partial scale would invent a score), or when no answer has one.
 */
export function levelDistribution(
  area: AssessmentArea,
  levels: AssessmentLevel[],
  chosen: (question: AssessmentQuestion) => AssessmentChoice[],
): LevelCount[] | null {
  if (!levels.length || !area.questions.every((q) => q.choices.every((c) => c.level))) return null
  const counts = new Map(levels.map((level) => [level.id, 0]))
  let total = 0
  for (const q of area.questions) {
    for (const choice of chosen(q)) {
      if (!choice.level) continue
      counts.set(choice.level.id, (counts.get(choice.level.id) ?? 0) + 1)
      total++
    }
  }
  return total ? levels.map((level) => ({ level, count: counts.get(level.id)! })) : null
}
