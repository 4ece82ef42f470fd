import type { CollectionBeforeChangeHook } from 'payload'

import { messages } from '@/lib/messages'
import { assertUnique, relationId } from '@/lib/unique'

/**
 * One advice per choice, and the question/choice numbers copied onto the advice so the
 * admin list can show and sort by them.
 */
export const adviceNumbers: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const choiceId = relationId(data.choice ?? originalDoc?.choice)
  if (!choiceId) return data
  await assertUnique({
    req,
    collection: 'advice',
    where: { choice: { equals: choiceId } },
    id: originalDoc?.id,
    path: 'choice',
    message: messages.choiceHasAdvice,
  })
  const choice = await req.payload.db.findOne<{ id: string; number?: number; questionNumber?: number }>({
    collection: 'choices',
    req,
    where: { id: { equals: choiceId } },
  })
  const questionNumber = choice?.questionNumber ?? undefined
  const choiceNumber = choice?.number ?? undefined
  return {
    ...data,
    questionNumber,
    choiceNumber,
    title: adviceTitle(questionNumber, choiceNumber),
  }
}

/** "Soru 16 · Seçenek 2": the advice's title in admin lists and pickers. */
export const adviceTitle = (questionNumber: number | undefined, choiceNumber: number | undefined) =>
  `Soru ${questionNumber ?? '?'} · Seçenek ${choiceNumber ?? '?'}`
