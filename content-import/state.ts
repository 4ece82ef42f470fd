import type { Payload } from 'payload'

import type { Locale } from '@/shared/locales'
import { relationId } from '@/shared/relation-id'

/**
 * What the database holds, loaded once per run with a few bulk queries so that deciding
 * "unchanged" or "conflict" for a thousand files costs no query per file. "latest" is
 * the newest version (draft or published) in the run's language without fallback;
 * "live" is what readers see.
 */
export type Source =
  | { path?: string | null; hash?: string | null; contentHash?: string | null; importedAt?: string | null }
  | null
  | undefined

export type QuestionState = {
  id: string
  text: string | null
  explanation: unknown
  area: string | null
  source: Source
  live: Live
}
/**
 * What readers see: whether the document is published, the source hash of the published
 * import, and whether the newest version is the published one (no pending draft).
 */
type Live = { published: boolean; hash: string | null; newestIsLive: boolean }
export type ChoiceState = { id: string; questionId: string; label: string | null; live: Omit<Live, 'hash'> }
export type AdviceState = {
  id: string
  choiceId: string
  body: unknown
  resources: string[]
  source: Source
  live: Live
}
export type ResourceState = { id: string; title: string | null; published: boolean }
export type AreaState = { id: string; title: string | null; published: boolean }

export type ContentState = {
  questions: Map<number, QuestionState>
  choices: Map<string, ChoiceState>
  advice: Map<string, AdviceState>
  /**
   * Read when first needed: a re-import of unchanged files never needs them, and at thousands
   * of resources they were half of what a no-op run read.
   */
  resources: () => Promise<Map<string, ResourceState>>
  areas: Map<string, AreaState>
}

export const choiceKey = (questionId: string, number: number) => `${questionId}#${number}`
export const areaKey = (title: string) => title.toLocaleLowerCase('tr-TR').trim()

const questionSelect = {
  number: true,
  text: true,
  explanation: true,
  area: true,
  source: true,
  _status: true,
} as const
const choiceSelect = { question: true, number: true, label: true, _status: true } as const
const adviceSelect = { choice: true, body: true, resources: true, source: true, _status: true } as const
const resourceSelect = { url: true, title: true } as const
const areaSelect = { title: true } as const

/**
 * Documents with a main row but no version yet: SQLite runs Payload without transactions, so
 * an import killed between a create's statements (SIGKILL, power cut) leaves the row without
 * its first version. A draft read (the versions table) does not see them, and the next run
 * would create them again and fail on the unique number or address; read from the main table
 * they are found, and the run completes them.
 */
async function withUnversioned<T extends { id: string }>(
  drafts: T[],
  mainRows: Array<{ id: string }>,
  readMissing: (ids: string[]) => Promise<{ docs: T[] }>,
): Promise<T[]> {
  const seen = new Set(drafts.map((doc) => doc.id))
  const missing = mainRows.map((doc) => doc.id).filter((id) => !seen.has(id))
  return missing.length === 0 ? drafts : [...drafts, ...(await readMissing(missing)).docs]
}

export async function loadState(payload: Payload, locale: Locale): Promise<ContentState> {
  const read = { locale, fallbackLocale: false as const, pagination: false as const, depth: 0 }
  const [questions, liveQuestions, choices, liveChoices, advice, liveAdvice, areas, liveAreas] = await Promise.all([
    payload.find({
      collection: 'questions',
      ...read,
      draft: true,
      select: questionSelect,
    }),
    payload.find({ collection: 'questions', ...read, select: { number: true, _status: true, source: true } }),
    payload.find({
      collection: 'choices',
      ...read,
      draft: true,
      select: choiceSelect,
    }),
    payload.find({ collection: 'choices', ...read, select: { _status: true } }),
    payload.find({
      collection: 'advice',
      ...read,
      draft: true,
      select: adviceSelect,
    }),
    payload.find({ collection: 'advice', ...read, select: { _status: true, source: true } }),
    payload.find({ collection: 'areas', ...read, draft: true, select: areaSelect }),
    payload.find({ collection: 'areas', ...read, select: { _status: true } }),
  ])
  const byIds = (ids: string[]) => ({ ...read, where: { id: { in: ids } } })
  const questionDocs = await withUnversioned(questions.docs, liveQuestions.docs, (ids) =>
    payload.find({ collection: 'questions', ...byIds(ids), select: questionSelect }),
  )
  const choiceDocs = await withUnversioned(choices.docs, liveChoices.docs, (ids) =>
    payload.find({ collection: 'choices', ...byIds(ids), select: choiceSelect }),
  )
  const adviceDocs = await withUnversioned(advice.docs, liveAdvice.docs, (ids) =>
    payload.find({ collection: 'advice', ...byIds(ids), select: adviceSelect }),
  )
  const areaDocs = await withUnversioned(areas.docs, liveAreas.docs, (ids) =>
    payload.find({ collection: 'areas', ...byIds(ids), select: areaSelect }),
  )
  const published = new Map<string, boolean>()
  for (const doc of [...liveQuestions.docs, ...liveChoices.docs, ...liveAdvice.docs, ...liveAreas.docs]) {
    published.set(String(doc.id), doc._status === 'published')
  }
  const liveHash = new Map<string, string | null>()
  for (const doc of [...liveQuestions.docs, ...liveAdvice.docs]) liveHash.set(String(doc.id), doc.source?.hash ?? null)

  const state: ContentState = {
    questions: new Map(),
    choices: new Map(),
    advice: new Map(),
    resources: once(() => loadResources(payload, locale)),
    areas: new Map(),
  }
  for (const q of questionDocs) {
    state.questions.set(q.number, {
      id: q.id,
      text: q.text ?? null,
      explanation: q.explanation ?? null,
      area: relationId(q.area) ?? null,
      source: q.source,
      live: {
        published: published.get(q.id) ?? false,
        hash: liveHash.get(q.id) ?? null,
        newestIsLive: q._status === 'published',
      },
    })
  }
  for (const c of choiceDocs) {
    const questionId = relationId(c.question)
    if (!questionId) continue
    state.choices.set(choiceKey(questionId, c.number), {
      id: c.id,
      questionId,
      label: c.label ?? null,
      live: { published: published.get(c.id) ?? false, newestIsLive: c._status === 'published' },
    })
  }
  for (const a of adviceDocs) {
    const choiceId = relationId(a.choice)
    if (!choiceId) continue
    state.advice.set(choiceId, {
      id: a.id,
      choiceId,
      body: a.body ?? null,
      resources: (a.resources ?? []).map(relationId).filter((id): id is string => Boolean(id)),
      source: a.source,
      live: {
        published: published.get(a.id) ?? false,
        hash: liveHash.get(a.id) ?? null,
        newestIsLive: a._status === 'published',
      },
    })
  }
  for (const area of areaDocs) {
    if (area.title)
      state.areas.set(areaKey(area.title), {
        id: area.id,
        title: area.title,
        published: published.get(area.id) ?? false,
      })
  }
  return state
}

function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined
  return () => (loaded ??= load())
}

/** Every resource by its address, as loadState reads the rest. */
async function loadResources(payload: Payload, locale: Locale): Promise<Map<string, ResourceState>> {
  const read = { locale, fallbackLocale: false as const, pagination: false as const, depth: 0 }
  const [drafts, live] = await Promise.all([
    payload.find({ collection: 'resources', ...read, draft: true, select: resourceSelect }),
    payload.find({ collection: 'resources', ...read, select: { _status: true } }),
  ])
  const docs = await withUnversioned(drafts.docs, live.docs, (ids) =>
    payload.find({ collection: 'resources', ...read, where: { id: { in: ids } }, select: resourceSelect }),
  )
  const published = new Map(live.docs.map((doc) => [String(doc.id), doc._status === 'published']))
  return new Map(
    docs.map((r) => [r.url, { id: r.id, title: r.title ?? null, published: published.get(r.id) ?? false }]),
  )
}
