import type { CollectionBeforeChangeHook } from 'payload'

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

/** "16.2 · Sosyal medya hesaplarımız var…": a choice told apart from all others. */
export const choiceTitle = (questionNumber: number | undefined, number: number, label: string) =>
  `${questionNumber ?? '?'}.${number} · ${label}`.trim()
