import type { CollectionBeforeChangeHook, FieldHook } from 'payload'

import { messages } from '@/lib/messages'
import { assertUnique, relationId } from '@/lib/unique'

/**
 * Keeps the question's number on the choice (for list columns and sorting) and a title
 * that tells choices apart in pickers and lists: "16.2 · Sosyal medya hesaplarımız var…".
 */
export const choiceNumbers: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const questionId = relationId(data.question ?? originalDoc?.question)
  const number = data.number ?? originalDoc?.number
  if (!questionId || typeof number !== 'number') return data
  await assertUnique({
    req,
    collection: 'choices',
    where: { and: [{ question: { equals: questionId } }, { number: { equals: number } }] },
    id: originalDoc?.id,
    path: 'number',
    message: messages.choiceNumberTaken,
  })
  const question = await req.payload.db.findOne<{ id: string; number?: number }>({
    collection: 'questions',
    req,
    where: { id: { equals: questionId } },
  })
  const questionNumber = question?.number ?? undefined
  const label = typeof data.label === 'string' ? data.label : ''
  return { ...data, questionNumber, title: choiceTitle(questionNumber, number, label) }
}

/** "16.2 · Sosyal medya hesaplarımız var…": a choice told apart from all others ("16.2" without a label). */
export const choiceTitle = (questionNumber: number | undefined, number: number, label: string) =>
  label.trim() ? `${questionNumber ?? '?'}.${number} · ${label.trim()}` : `${questionNumber ?? '?'}.${number}`

/**
 * A language the choice was never saved in has no title of its own; the admin (which reads
 * without fallback) would list it as "<Başlık yok>" and open it as "ID: …". Its numbers will do.
 */
export const titleOrNumbers: FieldHook = ({ value, siblingData }) => {
  if (value) return value
  const { questionNumber, number } = (siblingData ?? {}) as { questionNumber?: number; number?: number }
  return typeof number === 'number' ? choiceTitle(questionNumber, number, '') : value
}
