import { headers } from 'next/headers'
import type { CollectionSlug, Where } from 'payload'
import { cache } from 'react'

import type { Advice, Area, Choice, MaturityLevel, Question, Resource, SiteText, User } from '@payload-types'
import { languagesOf, pick, type InLanguage, type LocaleMap } from '@/site/localized'
import { payloadClient } from '@/site/payload-client'
import { defaultLocale, type Locale } from '@/shared/locales'
import { failingStates } from '@/shared/links/link-states'
import type { ResourceKind } from '@/shared/links/resource-kind'
import { isStaff } from '@/shared/roles'

/**
 * Public reads. Every query runs with access control on (`overrideAccess: false`), so the
 * collections' rules decide what is visible: anonymous readers get published documents
 * only, on every path. In preview (Next.js draft mode, entered only by a signed-in
 * editor, see app/(frontend)/preview) the same reads return the newest drafts for that
 * editor. Values are read in every language at once and picked per field, so a page
 * knows which texts fall back to Turkish.
 */

/** A relation read at depth 0: the related document's id (or ids). */
type Ids<V> = [NonNullable<V>] extends [Array<infer E>]
  ? Array<Extract<E, string>> | null | undefined
  : Extract<V, string | null | undefined>

/**
 * A document as the site reads it (`locale: 'all'`, `depth: 0`), derived from the generated
 * payload-types.ts so the two cannot drift apart: localized fields hold one value per
 * language, relations hold ids.
 */
type AsRead<T, Localized extends keyof T, Relations extends keyof T = never> = Omit<T, Localized | Relations> & {
  [K in Localized]: LocaleMap<NonNullable<T[K]>>
} & { [K in Relations]: Ids<T[K]> }

/** The editor's rich text as stored (the same shape in every rich-text field). */
export type Rich = NonNullable<Advice['body']>

export type QuestionDoc = AsRead<Question, 'text' | 'explanation', 'area'>
export type ChoiceDoc = AsRead<Choice, 'label', 'question' | 'maturity'>
export type AdviceDoc = AsRead<Advice, 'body', 'choice' | 'resources'>
export type ResourceDoc = AsRead<Resource, 'title'>
export type AreaDoc = AsRead<Area, 'title' | 'description'>
export type LevelDoc = AsRead<MaturityLevel, 'title'>
type SiteTextsDoc = AsRead<
  SiteText,
  'introTitle' | 'intro' | 'description' | 'footer' | 'aboutTitle' | 'about' | 'accessibilityTitle' | 'accessibility'
>

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

export type ResourceView = {
  id: string
  url: string
  title: InLanguage<string>
  kind: ResourceKind | null
  publisher: string | null
  /** When the link checker last found this link failing; null while it works or was not checked. */
  linkFailedAt: string | null
}
export type AdviceView = {
  id: string
  body: InLanguage<Rich>
  resources: ResourceView[]
  updatedAt: string
  languages: Locale[]
  /** When the Turkish original changed after the translation shown was made; null otherwise. */
  turkishUpdatedAt: string | null
}
export type ChoiceView = { id: string; number: number; label: InLanguage<string>; advice: AdviceView | null }
export type QuestionView = {
  id: string
  number: number
  /** Written to show how ROTA works (`sample: true` in its file): marked on every page that shows it. */
  sample: boolean
  text: InLanguage<string>
  explanation: InLanguage<Rich> | null
  area: { id: string; title: InLanguage<string> } | null
  languages: Locale[]
  /** When the Turkish question changed after the translation shown was made; null otherwise. */
  turkishUpdatedAt: string | null
  choices: ChoiceView[]
}

/** Resource id → the failing check of its link (the link as it was checked, and when). */
export type FailingLinks = Map<string, { url: string; checkedAt: string }>

/**
 * Links the checker found broken or unreachable, so no page offers them as if they worked.
 * Link checks are staff-only records; the site reads only this fact from them.
 */
export const getFailingLinks = cache(async (): Promise<FailingLinks> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'link-checks',
    where: { state: { in: [...failingStates] } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return new Map(docs.map((c) => [c.resource as string, { url: c.url, checkedAt: c.checkedAt }]))
})

/** `<collection>/<id>` → when its Turkish original changed, for documents outdated in `locale`. */
export type OutdatedTranslations = Map<string, string>

/**
 * Published translations made before the last change of their Turkish original, so a page can
 * say so (whether a newer translation waits as a draft or not). Translation states are
 * staff-only records; the site reads only this fact from them.
 */
export const getOutdatedTranslations = cache(async (locale: Locale): Promise<OutdatedTranslations> => {
  if (locale === defaultLocale) return new Map()
  const payload = await payloadClient()
  const read = (where: Where) =>
    payload.find({
      collection: 'translation-states',
      where,
      select: { scope: true, document: true, changedAt: true },
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
  const { docs: outdated } = await read({
    and: [{ locale: { equals: locale } }, { publishedStatus: { equals: 'outdated' } }],
  })
  if (outdated.length === 0) return new Map()
  const { docs: turkish } = await read({
    and: [{ locale: { equals: defaultLocale } }, { document: { in: outdated.map((row) => row.document) } }],
  })
  return new Map(turkish.map((row) => [`${row.scope}/${row.document}`, row.changedAt ?? '']))
})

/** When the Turkish original of a text shown in the reader's language changed after its translation. */
export const turkishUpdate = (
  outdated: OutdatedTranslations,
  key: string,
  text: InLanguage<unknown>,
  locale: Locale,
) => (text.lang === locale ? outdated.get(key) || null : null)

export const resourceView = (r: ResourceDoc, locale: Locale, failing: FailingLinks): ResourceView => {
  const failed = failing.get(r.id)
  return {
    id: r.id,
    url: r.url,
    title: pick(r.title, locale) ?? { value: r.url, lang: locale },
    kind: r.kind ?? null,
    publisher: r.publisher ?? null,
    // A link edited since its check is the editor's new link: not marked.
    linkFailedAt: failed && failed.url === r.url ? failed.checkedAt : null,
  }
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

export type LibraryEntry = ResourceView & {
  citedBy: Array<{ question: number; choice: number; label: InLanguage<string> }>
}

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
  const [resources, failing] = await Promise.all([
    readAll<ResourceDoc>('resources', { id: { in: [...citations.keys()] } }, false),
    getFailingLinks(),
  ])
  const collator = new Intl.Collator(locale)
  return resources
    .map((r) => ({ ...resourceView(r, locale, failing), citedBy: citations.get(r.id) ?? [] }))
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
