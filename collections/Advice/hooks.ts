import type { CollectionBeforeChangeHook } from 'payload'

import type { Advice, Choice } from '@payload-types'
import { messages } from '@/cms/messages'
import { assertUnique } from '@/cms/hooks/unique'
import { relationId } from '@/shared/relation-id'
import { adviceTitle } from '@/shared/text/titles'

/**
 * One advice per choice, and the question/choice numbers copied onto the advice so the
 * admin list can show and sort by them.
 */
export const adviceNumbers: CollectionBeforeChangeHook<Advice> = async ({ data, originalDoc, req }) => {
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
  const choice = await req.payload.db.findOne<Choice>({
    collection: 'choices',
    req,
    where: { id: { equals: choiceId } },
    // Its two numbers, not its texts and the list of its advice (a join).
    select: { questionNumber: true, number: true },
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
