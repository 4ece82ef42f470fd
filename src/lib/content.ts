import type { SerializedEditorState } from 'lexical'
import { headers } from 'next/headers'
import type { CollectionSlug, Where } from 'payload'
import { cache } from 'react'

import type { User } from '../../payload-types'
import { languagesOf, pick, type InLanguage, type LocaleMap } from './localized'
import type { Locale } from './locales'
import { payloadClient } from './payload'
import type { ResourceKind } from './resource-kind'
import { isStaff } from './roles'

/**
 * Public reads. Every query runs with access control on (`overrideAccess: false`), so the
 * collections' rules decide what is visible: anonymous readers get published documents
 * only, on every path. In preview (Next.js draft mode, entered only by a signed-in
 * editor, see app/(frontend)/preview) the same reads return the newest drafts for that
 * editor. Values are read in every language at once and picked per field, so a page
 * knows which texts fall back to Turkish.
 */

type Doc = Record<string, unknown> & { id: string; updatedAt: string }
type Rich = SerializedEditorState

/** The signed-in CMS user behind a preview, or null (then the preview shows published content). */
const previewUser = cache(async (): Promise<User | null> => {
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  return user && isStaff(user as User) ? (user as User) : null
})

async function readAll<T extends Doc>(collection: CollectionSlug, where: Where, preview: boolean, sort?: string): Promise<T[]> {
  const payload = await payloadClient()
  const user = preview ? await previewUser() : null
  const { docs } = await payload.find({
    collection,
    where,
    sort,
    locale: 'all',
    depth: 0,
    pagination: false,
    overrideAccess: false,
    draft: Boolean(user),
    user: user ?? undefined,
  })
  return docs as unknown as T[]
}

export type ResourceView = { id: string; url: string; title: InLanguage<string>; kind: ResourceKind | null; publisher: string | null }
export type AdviceView = {
  id: string
  body: InLanguage<Rich>
  resources: ResourceView[]
  updatedAt: string
  languages: Locale[]
}
export type ChoiceView = { id: string; number: number; label: InLanguage<string>; advice: AdviceView | null }
export type QuestionView = {
  id: string
  number: number
  text: InLanguage<string>
  explanation: InLanguage<Rich> | null
  area: { id: string; title: InLanguage<string> } | null
  languages: Locale[]
  choices: ChoiceView[]
}

export type QuestionDoc = Doc & { number: number; text: LocaleMap<string>; explanation: LocaleMap<Rich>; area?: string | null }
export type ChoiceDoc = Doc & { number: number; label: LocaleMap<string>; question: string }
export type AdviceDoc = Doc & { choice: string; body: LocaleMap<Rich>; resources?: string[] | null }
export type ResourceDoc = Doc & { url: string; title: LocaleMap<string>; kind?: ResourceKind | null; publisher?: string | null }
type AreaDoc = Doc & { title: LocaleMap<string>; description: LocaleMap<string>; order?: number | null }

const resourceView = (r: ResourceDoc, locale: Locale): ResourceView => ({
  id: r.id,
  url: r.url,
  title: pick(r.title, locale) ?? { value: r.url, lang: locale },
  kind: r.kind ?? null,
  publisher: r.publisher ?? null,
})

/** A question with its choices in order and each choice's advice and resources. */
export const getQuestion = cache(async (locale: Locale, number: number, preview = false): Promise<QuestionView | null> => {
  const [question] = await readAll<QuestionDoc>('questions', { number: { equals: number } }, preview)
  const text = question ? pick(question.text, locale) : null
  if (!question || !text) return null
  const [areas, choices] = await Promise.all([
    question.area ? readAll<AreaDoc>('areas', { id: { equals: question.area } }, preview) : Promise.resolve([]),
    readAll<ChoiceDoc>('choices', { question: { equals: question.id } }, preview, 'number'),
  ])
  const advice = choices.length
    ? await readAll<AdviceDoc>('advice', { choice: { in: choices.map((c) => c.id) } }, preview)
    : []
  const resourceIds = [...new Set(advice.flatMap((a) => a.resources ?? []))]
  const resources = resourceIds.length ? await readAll<ResourceDoc>('resources', { id: { in: resourceIds } }, preview) : []
  const resourceById = new Map(resources.map((r) => [r.id, resourceView(r, locale)]))
  const adviceByChoice = new Map(advice.map((a) => [a.choice, a]))
  const area = areas[0] ? pick(areas[0].title, locale) : null

  return {
    id: question.id,
    number: question.number,
    text,
    explanation: pick(question.explanation, locale),
    area: area ? { id: areas[0].id, title: area } : null,
    languages: languagesOf(question.text),
    choices: choices.flatMap((choice) => {
      const label = pick(choice.label, locale)
      if (!label) return []
      const doc = adviceByChoice.get(choice.id)
      const body = doc ? pick(doc.body, locale) : null
      return [
        {
          id: choice.id,
          number: choice.number,
          label,
          advice:
            doc && body
              ? {
                  id: doc.id,
                  body,
                  updatedAt: doc.updatedAt,
                  languages: languagesOf(doc.body),
                  resources: (doc.resources ?? []).flatMap((id) => resourceById.get(id) ?? []),
                }
              : null,
        },
      ]
    }),
  }
})

export type AreaView = { id: string | null; title: InLanguage<string> | null; description: InLanguage<string> | null; questions: Array<{ number: number; text: InLanguage<string> }> }

/** The home page's table of contents: areas in order, each with its published questions. */
export const getAreas = cache(async (locale: Locale, preview = false): Promise<AreaView[]> => {
  const [areas, questions] = await Promise.all([
    readAll<AreaDoc>('areas', {}, preview, 'order'),
    readAll<QuestionDoc>('questions', {}, preview, 'number'),
  ])
  const byArea = new Map<string | null, AreaView['questions']>()
  for (const q of [...questions].sort((a, b) => Number(a.order ?? 0) - Number(b.order ?? 0) || a.number - b.number)) {
    const text = pick(q.text, locale)
    if (!text) continue
    const key = q.area ?? null
    byArea.set(key, [...(byArea.get(key) ?? []), { number: q.number, text }])
  }
  const sections: AreaView[] = areas.map((area) => ({
    id: area.id,
    title: pick(area.title, locale),
    description: pick(area.description, locale),
    questions: byArea.get(area.id) ?? [],
  }))
  const unassigned = byArea.get(null)
  if (unassigned?.length) sections.push({ id: null, title: null, description: null, questions: unassigned })
  return sections.filter((s) => s.questions.length > 0)
})

export type LibraryEntry = ResourceView & { citedBy: Array<{ question: number; choice: number; label: InLanguage<string> }> }

/** Every resource cited by published advice, with the advice citing it. */
export const getResourceLibrary = cache(async (locale: Locale): Promise<LibraryEntry[]> => {
  const [advice, choices, questions] = await Promise.all([
    readAll<AdviceDoc>('advice', {}, false),
    readAll<ChoiceDoc>('choices', {}, false),
    readAll<QuestionDoc>('questions', {}, false),
  ])
  const questionNumber = new Map(questions.map((q) => [q.id, q.number]))
  const choiceById = new Map(choices.map((c) => [c.id, c]))
  const citations = new Map<string, LibraryEntry['citedBy']>()
  for (const a of advice) {
    const choice = choiceById.get(a.choice)
    const question = choice ? questionNumber.get(choice.question) : undefined
    const label = choice ? pick(choice.label, locale) : null
    if (!choice || question === undefined || !label || !pick(a.body, locale)) continue
    for (const id of a.resources ?? []) {
      citations.set(id, [...(citations.get(id) ?? []), { question, choice: choice.number, label }])
    }
  }
  if (citations.size === 0) return []
  const resources = await readAll<ResourceDoc>('resources', { id: { in: [...citations.keys()] } }, false)
  const collator = new Intl.Collator(locale)
  return resources
    .map((r) => ({ ...resourceView(r, locale), citedBy: citations.get(r.id) ?? [] }))
    .sort((a, b) => collator.compare(a.title.value, b.title.value))
})

export type SiteTextsView = {
  introTitle: InLanguage<string> | null
  intro: InLanguage<Rich> | null
  description: InLanguage<string> | null
  footer: InLanguage<Rich> | null
  aboutTitle: InLanguage<string> | null
  about: InLanguage<Rich> | null
  accessibilityTitle: InLanguage<string> | null
  accessibility: InLanguage<Rich> | null
}

/** The editable texts of the site (the "Site metinleri" global). */
export const getSiteTexts = cache(async (locale: Locale, preview = false): Promise<SiteTextsView> => {
  const payload = await payloadClient()
  const user = preview ? await previewUser() : null
  const texts = (await payload.findGlobal({
    slug: 'site-texts',
    locale: 'all',
    depth: 0,
    overrideAccess: false,
    draft: Boolean(user),
    user: user ?? undefined,
  })) as unknown as Record<string, LocaleMap<never>>
  const field = <T,>(name: string) => pick(texts[name] as LocaleMap<T>, locale)
  return {
    introTitle: field('introTitle'),
    intro: field('intro'),
    description: field('description'),
    footer: field('footer'),
    aboutTitle: field('aboutTitle'),
    about: field('about'),
    accessibilityTitle: field('accessibilityTitle'),
    accessibility: field('accessibility'),
  }
})

export type PublishedContent = {
  questions: QuestionDoc[]
  choices: ChoiceDoc[]
  advice: AdviceDoc[]
  resources: ResourceDoc[]
}

/** Everything published, in every language: the source of the search index and the sitemap. */
export async function getPublishedContent(): Promise<PublishedContent> {
  const [questions, choices, advice, resources] = await Promise.all([
    readAll<QuestionDoc>('questions', {}, false, 'number'),
    readAll<ChoiceDoc>('choices', {}, false, 'number'),
    readAll<AdviceDoc>('advice', {}, false),
    readAll<ResourceDoc>('resources', {}, false),
  ])
  return { questions, choices, advice, resources }
}
