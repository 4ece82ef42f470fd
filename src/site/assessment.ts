import { getPublishedContent, resourceView, type AdviceView } from '@/site/content'
import { perContentVersion } from '@/site/content-version'
import { pick, type InLanguage } from '@/site/localized'
import type { Locale } from '@/shared/locales'

export type AssessmentChoice = {
  number: number
  label: InLanguage<string>
  /** The maturity level an editor gave the choice, if any ('1'…'4'). */
  level: string | null
  advice: Omit<AdviceView, 'languages'> | null
}
export type AssessmentQuestion = {
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
export type Assessment = { areas: AssessmentArea[]; questions: Map<number, AssessmentQuestion> }

/**
 * The published questionnaire in one language: areas in order, each with its questions and
 * every published choice with its advice and resources. Built once per published change and
 * kept in memory, so taking the assessment and reading reports never query the database.
 */
export const getAssessment = perContentVersion(async (locale: Locale): Promise<Assessment> => {
  const { areas, questions, choices, advice, resources } = await getPublishedContent()
  const resourceById = new Map(resources.map((r) => [r.id, resourceView(r, locale)]))
  const adviceByChoice = new Map(advice.map((a) => [a.choice, a]))
  const choicesByQuestion = new Map<string, AssessmentChoice[]>()
  for (const c of choices) {
    const label = pick(c.label, locale)
    if (!label || !c.question) continue
    const doc = adviceByChoice.get(c.id)
    const body = doc ? pick(doc.body, locale) : null
    const choice: AssessmentChoice = {
      number: c.number,
      label,
      level: c.maturity ?? null,
      advice:
        doc && body
          ? {
              id: doc.id,
              body,
              updatedAt: doc.updatedAt,
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
        number: q.number,
        text: pick(q.text, locale)!,
        sample: Boolean(q.sample),
        area: index,
        choices: [...choicesByQuestion.get(q.id)!].sort((a, b) => a.number - b.number),
      })),
    })
  }
  return { areas: out, questions: new Map(out.flatMap((a) => a.questions.map((q) => [q.number, q]))) }
})
