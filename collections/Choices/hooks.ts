import type { CollectionBeforeChangeHook, FieldHook } from 'payload'

import type { Choice, Question } from '@payload-types'
import { messages } from '@/cms/messages'
import { assertUnique } from '@/cms/hooks/unique'
import { relationId } from '@/shared/relation-id'
import { choiceTitle } from '@/shared/text/titles'

/**
 * Keeps the question's number on the choice (for list columns and sorting) and a title
 * that tells choices apart in pickers and lists: "16.2 · Sosyal medya hesaplarımız var…".
 */
export const choiceNumbers: CollectionBeforeChangeHook<Choice> = async ({ data, originalDoc, req }) => {
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
  const question = await req.payload.db.findOne<Question>({
    collection: 'questions',
    req,
    where: { id: { equals: questionId } },
    // Its number, not its texts and the list of its choices (a join).
    select: { number: true },
  })
  const questionNumber = question?.number ?? undefined
  const label = typeof data.label === 'string' ? data.label : ''
  return { ...data, questionNumber, title: choiceTitle(questionNumber, number, label) }
}

/**
 * A language the choice was never saved in has no title of its own; the admin (which reads
 * without fallback) would list it as "<Başlık yok>" and open it as "ID: …". Its numbers will do.
 */
export const titleOrNumbers: FieldHook<Choice, string | null | undefined, Partial<Choice>> = ({
  value,
  siblingData,
}) => {
  if (value) return value
  const { questionNumber, number } = siblingData ?? {}
  return typeof number === 'number' ? choiceTitle(questionNumber ?? undefined, number, '') : value
}
