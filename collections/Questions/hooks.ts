import type { CollectionBeforeChangeHook } from 'payload'

import { messages } from '@/lib/messages'
import { assertUnique } from '@/lib/unique'

export const uniqueQuestionNumber: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
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
