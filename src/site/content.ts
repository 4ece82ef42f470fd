import { headers } from 'next/headers'
import type { CollectionSlug, Where } from 'payload'
import { cache } from 'react'

import type { User } from '@payload-types'
import type {
  AdviceDoc,
  AreaDoc,
  ChoiceDoc,
  LevelDoc,
  QuestionDoc,
  QuestionView,
  ResourceDoc,
  Rich,
  SiteTextsDoc,
} from '@/site/content-shapes'
import { getFailingLinks, getOutdatedTranslations, resourceView, turkishUpdate } from '@/site/freshness'
import { languagesOf, pick, type InLanguage } from '@/site/localized'
import { payloadClient } from '@/site/payload-client'
import type { Locale } from '@/shared/locales'
import { isStaff } from '@/shared/roles'

/**
 * Public reads. Every query runs with access control on (`overrideAccess: false`), so the
 * collections' rules decide what is visible: anonymous readers get published documents
 * only, on every path. In preview (Next.js draft mode, entered only by a signed-in
 * editor, see app/(frontend)/preview) the same reads return the newest drafts for that
 * editor. Values are read in every language at once and picked per field, so a page
 * knows which texts fall back to Turkish.
 */

/** The signed-in CMS user behind a preview, or null (then the preview shows published content). */
const previewUser = cache(async (): Promise<User | null> => {
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  return user && isStaff(user as User) ? (user as User) : null
})

async function readAll<T extends { id: string }>(
  collection: CollectionSlug,
  where: Where,
  preview: boolean,
  sort?: string,
): Promise<T[]> {
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

/** A question with its choices in order and each choice's advice and resources. */
export const getQuestion = cache(
  async (locale: Locale, number: number, preview = false): Promise<QuestionView | null> => {
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
    const [resources, failing, outdated] = await Promise.all([
      resourceIds.length ? readAll<ResourceDoc>('resources', { id: { in: resourceIds } }, preview) : [],
      getFailingLinks(),
      getOutdatedTranslations(locale),
    ])
    const resourceById = new Map(resources.map((r) => [r.id, resourceView(r, locale, failing)]))
    const adviceByChoice = new Map(advice.map((a) => [a.choice, a]))
    const area = areas[0] ? pick(areas[0].title, locale) : null

    return {
      id: question.id,
      number: question.number,
      sample: Boolean(question.sample),
      text,
      explanation: pick(question.explanation, locale),
      area: area ? { id: areas[0].id, title: area } : null,
      languages: languagesOf(question.text),
      turkishUpdatedAt: turkishUpdate(outdated, `questions/${question.id}`, text, locale),
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
                    turkishUpdatedAt: turkishUpdate(outdated, `advice/${doc.id}`, body, locale),
                    resources: (doc.resources ?? []).flatMap((id) => resourceById.get(id) ?? []),
                  }
                : null,
          },
        ]
      }),
    }
  },
)

export type AreaView = {
  id: string | null
  title: InLanguage<string> | null
  description: InLanguage<string> | null
  questions: Array<{ number: number; text: InLanguage<string>; sample: boolean }>
}

/** The home page's table of contents: areas in order, each with its published questions. */
export const getAreas = cache(async (locale: Locale, preview = false): Promise<AreaView[]> => {
  const [areas, questions] = await Promise.all([
    readAll<AreaDoc>('areas', {}, preview, 'order'),
    readAll<QuestionDoc>('questions', {}, preview, 'number'),
  ])
  const byArea = new Map<string | null, AreaView['questions']>()
  for (const q of [...questions].sort((a, b) => (a.order ?? 0) - (b.order ?? 0) || a.number - b.number)) {
    const text = pick(q.text, locale)
    if (!text) continue
    const key = q.area ?? null
    byArea.set(key, [...(byArea.get(key) ?? []), { number: q.number, text, sample: Boolean(q.sample) }])
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
  })) as unknown as SiteTextsDoc
  return {
    introTitle: pick(texts.introTitle, locale),
    intro: pick(texts.intro, locale),
    description: pick(texts.description, locale),
    footer: pick(texts.footer, locale),
    aboutTitle: pick(texts.aboutTitle, locale),
    about: pick(texts.about, locale),
    accessibilityTitle: pick(texts.accessibilityTitle, locale),
    accessibility: pick(texts.accessibility, locale),
  }
})

export type PublishedContent = {
  areas: AreaDoc[]
  questions: QuestionDoc[]
  choices: ChoiceDoc[]
  advice: AdviceDoc[]
  resources: ResourceDoc[]
  /** Maturity levels, earliest first. */
  levels: LevelDoc[]
}

/** Everything published, in every language: the source of the search index and the sitemap. */
export async function getPublishedContent(): Promise<PublishedContent> {
  const [areas, questions, choices, advice, resources, levels] = await Promise.all([
    readAll<AreaDoc>('areas', {}, false, 'order'),
    readAll<QuestionDoc>('questions', {}, false, 'number'),
    readAll<ChoiceDoc>('choices', {}, false, 'number'),
    readAll<AdviceDoc>('advice', {}, false),
    readAll<ResourceDoc>('resources', {}, false),
    readAll<LevelDoc>('maturity-levels', {}, false, 'order'),
  ])
  return { areas, questions, choices, advice, resources, levels }
}
