import { cache } from 'react'

import type { Advice, Area, Choice, Question, Resource } from '../../payload-types'
import type { Locale } from './locales'
import { payloadClient } from './payload'

/**
 * Public reads. Every query runs as an anonymous reader (`overrideAccess: false`, no user)
 * so the collections' access rules decide what is visible: published documents only, on
 * every path. React.cache shares one read between a page and its metadata.
 */
const asReader = { overrideAccess: false, draft: false } as const

export type ChoiceWithAdvice = Choice & { adviceDoc: (Advice & { resources: Resource[] }) | null }
export type QuestionPage = { question: Question & { area: Area | null }; choices: ChoiceWithAdvice[] }

export const getQuestionPage = cache(async (locale: Locale, number: number): Promise<QuestionPage | null> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'questions',
    ...asReader,
    locale,
    where: { number: { equals: number } },
    limit: 1,
    depth: 1,
    joins: false,
  })
  const question = docs[0]
  if (!question) return null

  const choices = await payload.find({
    collection: 'choices',
    ...asReader,
    locale,
    where: { question: { equals: question.id } },
    sort: 'number',
    pagination: false,
    depth: 0,
    joins: false,
  })
  const advice = await payload.find({
    collection: 'advice',
    ...asReader,
    locale,
    where: { choice: { in: choices.docs.map((c) => c.id) } },
    pagination: false,
    depth: 1,
  })
  const adviceByChoice = new Map(
    advice.docs.map((a) => [typeof a.choice === 'object' ? a.choice.id : a.choice, a]),
  )
  return {
    question: question as QuestionPage['question'],
    choices: choices.docs.map((choice) => {
      const doc = adviceByChoice.get(choice.id)
      return {
        ...choice,
        adviceDoc: doc
          ? { ...doc, resources: (doc.resources ?? []).filter((r): r is Resource => typeof r === 'object') }
          : null,
      }
    }),
  }
})

export type AreaWithQuestions = { area: Area | null; questions: Question[] }

/** The home page's table of contents: areas in order, each with its published questions. */
export const getAreasWithQuestions = cache(async (locale: Locale): Promise<AreaWithQuestions[]> => {
  const payload = await payloadClient()
  const [areas, questions] = await Promise.all([
    payload.find({ collection: 'areas', ...asReader, locale, sort: 'order', pagination: false, depth: 0, joins: false }),
    payload.find({ collection: 'questions', ...asReader, locale, sort: ['order', 'number'], pagination: false, depth: 0, joins: false }),
  ])
  const byArea = new Map<string | null, Question[]>()
  for (const q of questions.docs) {
    const key = q.area ? (typeof q.area === 'object' ? q.area.id : q.area) : null
    byArea.set(key, [...(byArea.get(key) ?? []), q])
  }
  const sections: AreaWithQuestions[] = areas.docs
    .map((area) => ({ area, questions: byArea.get(area.id) ?? [] }))
    .filter((s) => s.questions.length > 0)
  const unassigned = byArea.get(null)
  if (unassigned?.length) sections.push({ area: null, questions: unassigned })
  return sections
})
