import { ValidationError, type FieldHook } from 'payload'

import { localize, messages } from '@/cms/messages'
import { richTextShapeProblem } from '@/rich-text/bounds'
import { unsafeLinkUrls } from '@/rich-text/safety'

/** The rich-text values of a field: one, or one per language when the whole field is written at once. */
const valuesOf = (value: unknown): unknown[] =>
  value && typeof value === 'object' && !('root' in value) ? Object.values(value) : [value]

/**
 * Refuses rich text that is unsafe or unbounded, in drafts too (Payload validates drafts
 * only when they are published): a `javascript:`, `data:` or non-text link (the site never
 * renders one, but it must not sit in what the API hands to other programs either), and a
 * value nested deeper or with more nodes than `limits` allows (every walker of the text
 * after it, on the site and in the export, can rely on that bound).
 */
export const refuseUnsafeRichText: FieldHook = ({ value, path, req, collection, global, originalDoc }) => {
  const values = valuesOf(value)
  const shape = values.map(richTextShapeProblem).find(Boolean)
  const [first] = shape ? [] : values.flatMap(unsafeLinkUrls)
  if (!shape && first === undefined) return value
  throw new ValidationError({
    collection: collection?.slug,
    global: global?.slug,
    id: (originalDoc as { id?: number | string } | undefined)?.id,
    req,
    errors: [
      {
        path: path.join('.'),
        message: shape
          ? localize(req, messages[shape])
          : `${localize(req, messages.unsafeLink)} (${first!.slice(0, 60)})`,
      },
    ],
  })
}
