import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import type { SerializedEditorState } from 'lexical'
import type { Payload, Where } from 'payload'
import { stringify } from 'yaml'

import { defaultLocale, type Locale } from '@/shared/locales'
import { relationId } from '@/shared/relation-id'
import type { TranslationState } from '@/shared/states/translation-states'
import { lexicalToMarkdown } from '@content-import/markdown/to-markdown'

export type ExportOptions = {
  locale: Locale
  status: 'published' | 'draft'
  /** Only documents whose translation into `locale` is in these states, Turkish where untranslated. */
  only?: TranslationState[] | null
}
export type ExportReport = { files: number; questions: number; advice: number; skipped: string[] }

const pad = (n: number) => String(n).padStart(3, '0')
export const questionFileName = (q: number) => `soru-${pad(q)}.md`
export const adviceFileName = (q: number, c: number) => `soru-${pad(q)}-secenek-${c}.md`

function markdownFile(frontMatter: Record<string, unknown>, body: unknown): string {
  const yaml = stringify(frontMatter, { lineWidth: 0 })
  const markdown =
    body && typeof body === 'object' && 'root' in body ? lexicalToMarkdown(body as SerializedEditorState) : ''
  return `---\n${yaml}---\n${markdown}`
}

type Translations = {
  /** Whether a document is one to export (always, without `only`). */
  wanted: (collection: string, id: string) => boolean
  /** The file's `turkish_source`: the Turkish text (hash) each of its documents was exported from. */
  sources: (documents: Array<[string, string]>) => Record<string, string> | null
}

const translatedCollections = ['questions', 'choices', 'advice'] as const

/**
 * Documents the import wrote straight through the database have no translation states yet;
 * the CMS records them (its `recordTranslationStates` task) before the export reads them.
 */
export async function recordMissingStates(payload: Payload): Promise<void> {
  for (const collection of translatedCollections) {
    const [{ docs }, { docs: rows }] = await Promise.all([
      payload.find({ collection, select: {}, pagination: false, depth: 0, overrideAccess: true }),
      payload.find({
        collection: 'translation-states',
        where: { and: [{ scope: { equals: collection } }, { locale: { equals: defaultLocale } }] },
        select: { document: true },
        pagination: false,
        depth: 0,
        overrideAccess: true,
      }),
    ])
    const known = new Set(rows.map((row) => row.document))
    const ids = docs.map((doc) => String(doc.id)).filter((id) => !known.has(id))
    if (ids.length === 0) continue
    const job = await payload.jobs.queue({
      task: 'recordTranslationStates',
      input: { collection, ids },
      queue: 'export',
    })
    await payload.jobs.runByID({ id: job.id })
  }
}

/** What the CMS records of each translation into `locale` (see src/cms/translation-status). */
async function translationsOf(payload: Payload, locale: Locale, only: TranslationState[] | null | undefined) {
  if (!only) return { wanted: () => true, sources: () => null } satisfies Translations
  await recordMissingStates(payload)
  const { docs } = await payload.find({
    collection: 'translation-states',
    where: { locale: { in: [locale, defaultLocale] } },
    select: { scope: true, document: true, locale: true, status: true, sourceHash: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const key = (collection: string, id: string) => `${collection}/${id}`
  const state = new Map(docs.filter((r) => r.locale === locale).map((r) => [key(r.scope, r.document), r.status]))
  const turkish = new Map(
    docs.filter((r) => r.locale === defaultLocale).map((r) => [key(r.scope, r.document), r.sourceHash]),
  )
  return {
    // A document nobody translated has no state yet: it is missing.
    wanted: (collection, id) => only.includes(state.get(key(collection, id)) ?? 'missing'),
    sources: (documents) => {
      const known = documents.flatMap(([collection, id]) => {
        const hash = turkish.get(key(collection, id))
        return hash ? [[collection, hash] as const] : []
      })
      return known.length ? Object.fromEntries(known) : null
    },
  } satisfies Translations
}

/**
 * Writes the content of one language back as Markdown files in the import's format: one
 * file per advice and one per question that exist in that language. Texts that exist only
 * in another language are left out, never filled in from it — except with `only`, for
 * translators: then each document whose translation is missing or outdated is written, in
 * Turkish where it has no translation yet, with the Turkish text it was made from recorded.
 */
export async function exportContent(payload: Payload, dir: string, options: ExportOptions): Promise<ExportReport> {
  const { locale, status } = options
  const translations = await translationsOf(payload, locale, options.only)
  const read = {
    locale,
    fallbackLocale: options.only ? defaultLocale : (false as const),
    pagination: false as const,
    depth: 0,
    draft: status === 'draft',
    ...(status === 'published' ? { where: { _status: { equals: 'published' } } as Where } : {}),
  }
  const [areas, questions, choices, advice] = await Promise.all([
    payload.find({ collection: 'areas', ...read, select: { title: true } }),
    payload.find({
      collection: 'questions',
      ...read,
      sort: 'number',
      select: { number: true, text: true, area: true, explanation: true, sample: true },
    }),
    payload.find({ collection: 'choices', ...read, select: { question: true, number: true, label: true } }),
    payload.find({ collection: 'advice', ...read, select: { choice: true, body: true } }),
  ])
  const areaTitle = new Map(areas.docs.map((a) => [a.id, a.title]))
  const questionById = new Map(questions.docs.map((q) => [q.id, q]))
  const choiceById = new Map(choices.docs.map((c) => [c.id, c]))
  const report: ExportReport = { files: 0, questions: 0, advice: 0, skipped: [] }
  mkdirSync(dir, { recursive: true })
  const write = (name: string, content: string) => {
    writeFileSync(path.join(dir, name), content)
    report.files++
  }

  for (const q of questions.docs) {
    if (!q.text || !translations.wanted('questions', q.id)) continue
    const area = areaTitle.get(relationId(q.area) ?? '')
    const turkishSource = translations.sources([['questions', q.id]])
    write(
      questionFileName(q.number),
      markdownFile(
        {
          title: q.text,
          question_id: q.number,
          ...(area ? { area } : {}),
          ...(q.sample ? { sample: true } : {}),
          ...(turkishSource ? { turkish_source: turkishSource } : {}),
        },
        q.explanation,
      ),
    )
    report.questions++
  }
  const entries = advice.docs
    .map((a) => {
      const choice = choiceById.get(relationId(a.choice) ?? '')
      const question = choice ? questionById.get(relationId(choice.question) ?? '') : undefined
      return { a, choice, question }
    })
    .sort(
      (x, y) =>
        (x.question?.number ?? 0) - (y.question?.number ?? 0) || (x.choice?.number ?? 0) - (y.choice?.number ?? 0),
    )
  for (const { a, choice, question } of entries) {
    if (!a.body) continue
    if (!choice || !question) {
      report.skipped.push(`Reçete ${a.id}: sorusu ya da seçeneği bu durumda (${status}) yok.`)
      continue
    }
    if (!translations.wanted('advice', a.id) && !translations.wanted('choices', choice.id)) continue
    if (!choice.label) {
      report.skipped.push(`Soru ${question.number}, seçenek ${choice.number}: seçenek metni bu dilde yok.`)
      continue
    }
    const turkishSource = translations.sources([
      ['choices', choice.id],
      ['advice', a.id],
    ])
    write(
      adviceFileName(question.number, choice.number),
      markdownFile(
        {
          title: choice.label,
          question_id: question.number,
          choice_id: choice.number,
          ...(turkishSource ? { turkish_source: turkishSource } : {}),
        },
        a.body,
      ),
    )
    report.advice++
  }
  return report
}
