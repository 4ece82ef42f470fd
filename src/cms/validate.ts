import type { NumberFieldSingleValidation } from 'payload'

import { inRange, limits } from '@/shared/limits'
import { localize, messages, type Message } from '@/cms/messages'

const wholeNumberIn =
  (range: { min: number; max: number }, message: Message): NumberFieldSingleValidation =>
  (value, { req, required }) => {
    if (value === null || value === undefined) return required ? localize(req, message) : true
    return inRange(value, range) ? true : localize(req, message)
  }

/**
 * Question and choice numbers are the ids of the content files and the numbers in the site's
 * addresses: a number the site cannot serve (or the database cannot hold exactly) is refused.
 */
export const contentNumber = wholeNumberIn(limits.contentNumber, messages.contentNumber)

/** Sort positions of areas and questions. */
export const orderNumber = wholeNumberIn(limits.order, messages.orderNumber)
