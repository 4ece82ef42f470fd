import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import type { SerializedEditorState } from 'lexical'
import type { Payload, Where } from 'payload'
import { stringify } from 'yaml'

import type { Locale } from '@/shared/locales'
import { relationId } from '@/shared/relation-id'
import { lexicalToMarkdown } from '@content-import/markdown/to-markdown'

export type ExportOptions = { locale: Locale; status: 'published' | 'draft' }
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

/**
 * Writes the content of one language back as Markdown files in the import's format: one
 * file per advice and one per question that exist in that language. Texts that exist only
 * in another language are left out, never filled in from it.
 */
export async function exportContent(payload: Payload, dir: string, options: ExportOptions): Promise<ExportReport> {
  const { locale, status } = options
  const read = {
    locale,
    fallbackLocale: false as const,
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
    if (!q.text) continue
    const area = areaTitle.get(relationId(q.area) ?? '')
    write(
      questionFileName(q.number),
      markdownFile(
        { title: q.text, question_id: q.number, ...(area ? { area } : {}), ...(q.sample ? { sample: true } : {}) },
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
    if (!choice.label) {
      report.skipped.push(`Soru ${question.number}, seçenek ${choice.number}: seçenek metni bu dilde yok.`)
      continue
    }
    write(
      adviceFileName(question.number, choice.number),
      markdownFile({ title: choice.label, question_id: question.number, choice_id: choice.number }, a.body),
    )
    report.advice++
  }
  return report
}
