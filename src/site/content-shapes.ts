import type { Advice, Area, Choice, MaturityLevel, Question, Resource, SiteText } from '@payload-types'
import type { InLanguage, LocaleMap } from '@/site/localized'
import type { Locale } from '@/shared/locales'
import type { ResourceKind } from '@/shared/links/resource-kind'

/**
 * The shapes of what the site reads (the documents, derived from payload-types.ts) and of what
 * its pages show (the views, with each text's language marked).
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
export type AsRead<T, Localized extends keyof T, Relations extends keyof T = never> = Omit<T, Localized | Relations> & {
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
export type SiteTextsDoc = AsRead<
  SiteText,
  'introTitle' | 'intro' | 'description' | 'footer' | 'aboutTitle' | 'about' | 'accessibilityTitle' | 'accessibility'
>

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
