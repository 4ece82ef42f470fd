import { lexicalToPlainText } from '@/rich-text/plain-text'

import { getPublishedContent } from '@/site/content'
import { perContentVersion } from '@/site/content-version'
import { pick } from '@/site/localized'
import type { Locale } from '@/shared/locales'
import { routes } from '@/shared/routes'
import { buildIndex, type SearchDocument, type SearchIndex } from '@/site/search'

/** The search index of one language, rebuilt only after editors publish. */
export const searchIndex = perContentVersion(async (locale: Locale): Promise<SearchIndex> => {
  const { questions, choices, advice, resources } = await getPublishedContent()
  const questionById = new Map(questions.map((q) => [q.id, q]))
  const adviceByChoice = new Map(advice.map((a) => [a.choice, a]))
  const documents: SearchDocument[] = []
  for (const q of questions) {
    const text = pick(q.text, locale)
    if (!text) continue
    const explanation = pick(q.explanation, locale)
    documents.push({
      type: 'question',
      title: text.value,
      body: explanation ? lexicalToPlainText(explanation.value) : '',
      url: routes.question(locale, q.number),
      lang: text.lang,
      order: q.number * 1000,
    })
  }
  for (const c of choices) {
    const question = questionById.get(c.question)
    const label = pick(c.label, locale)
    if (!question || !label || !pick(question.text, locale)) continue
    const a = adviceByChoice.get(c.id)
    const body = a ? pick(a.body, locale) : null
    documents.push({
      type: body ? 'advice' : 'choice',
      title: label.value,
      body: body ? lexicalToPlainText(body.value) : '',
      url: body
        ? routes.advice(locale, question.number, c.number)
        : `${routes.question(locale, question.number)}#choice-${c.number}`,
      lang: (body ?? label).lang,
      order: question.number * 1000 + c.number,
      question: question.number,
    })
  }
  const cited = new Set(advice.flatMap((a) => a.resources ?? []))
  for (const r of resources) {
    const title = pick(r.title, locale)
    if (!title || !cited.has(r.id)) continue
    documents.push({
      type: 'resource',
      title: title.value,
      body: [r.publisher, r.url].filter(Boolean).join(' '),
      url: `${routes.resources(locale)}#resource-${r.id}`,
      lang: title.lang,
      order: 1_000_000_000,
    })
  }
  return buildIndex(documents)
})
