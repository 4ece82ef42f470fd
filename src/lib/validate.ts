import type { NumberFieldSingleValidation } from 'payload'

import { localize, messages } from './messages'

/** Question and choice numbers are the ids of the existing content files: 1, 2, 3 … */
export const positiveInteger: NumberFieldSingleValidation = (value, { req, required }) => {
  if (value === null || value === undefined) return required ? localize(req, messages.positiveInteger) : true
  return Number.isInteger(value) && value > 0 ? true : localize(req, messages.positiveInteger)
}
