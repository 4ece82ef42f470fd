import { ValidationError, type CollectionSlug, type PayloadRequest, type Where } from 'payload'

import { localize, type Message } from '@/cms/messages'

/**
 * Refuses a write that would duplicate a unique key, with a message on the offending
 * field. Runs as a beforeChange hook so it also covers draft saves, which skip field
 * validation; the database's unique index stays as the last line of defence.
 */
export async function assertUnique(args: {
  req: PayloadRequest
  collection: CollectionSlug
  where: Where
  id?: number | string
  path: string
  message: Message
}): Promise<void> {
  const { req, collection, where, id, path, message } = args
  const clash = await req.payload.db.findOne({
    collection,
    req,
    where: id === undefined ? where : { and: [where, { id: { not_equals: id } }] },
    // Whether there is one, not what it holds (an advice with every language's text).
    select: { id: true },
  })
  if (clash) {
    throw new ValidationError({ collection, id, errors: [{ path, message: localize(req, message) }], req })
  }
}
