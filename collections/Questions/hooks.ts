import type { CollectionBeforeChangeHook } from 'payload'

import type { Question } from '@payload-types'
import { messages } from '@/cms/messages'
import { assertUnique } from '@/cms/hooks/unique'

export const uniqueQuestionNumber: CollectionBeforeChangeHook<Question> = async ({ data, originalDoc, req }) => {
  const number = data.number ?? originalDoc?.number
  if (typeof number === 'number') {
    await assertUnique({
      req,
      collection: 'questions',
      where: { number: { equals: number } },
      id: originalDoc?.id,
      path: 'number',
      message: messages.questionNumberTaken,
    })
  }
  return data
}
