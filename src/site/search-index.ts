import { lexicalToPlainText } from '@/rich-text/plain-text'

import { getPublishedContent } from '@/site/content'
import { perContentVersion } from '@/site/content-version'
import { resourceLibrary } from '@/site/library/library'
import { libraryHref, libraryPageSize } from '@/site/library/paging'
import { pick } from '@/site/localized'
import type { Locale } from '@/shared/locales'
import { routes } from '@/shared/routes'
import { buildIndex, type SearchDocument, type SearchIndex } from '@/site/search'

/** The search index of one language, rebuilt only after editors publish. */
export const searchIndex = perContentVersion(async (locale: Locale): Promise<SearchIndex> => {
  const [{ questions, choices, advice }, library] = await Promise.all([getPublishedContent(), resourceLibrary(locale)])
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
  // A resource is found on the page of the library that lists it.
  library.entries.forEach((r, i) => {
    const page = Math.floor(i / libraryPageSize) + 1
    documents.push({
      type: 'resource',
      title: r.title.value,
      body: [r.publisher, r.url].filter(Boolean).join(' '),
      url: `${libraryHref(locale, { kind: null, area: null, page })}#resource-${r.id}`,
      lang: r.title.lang,
      order: 1_000_000_000,
    })
  })
  return buildIndex(documents)
})
