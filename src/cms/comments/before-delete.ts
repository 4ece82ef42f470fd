import type { CollectionBeforeDeleteHook } from 'payload'

import { commentableCollections } from '@/shared/commentable'

/**
 * A deleted document takes its comments with it: they were about its drafts, which are gone
 * too, and a comment pointing at nothing would stay readable through the API forever. Before
 * the document goes (SQLite drops the comment's link to it with the row, after which no query
 * finds them) and in the delete's own transaction, so both go or neither.
 */
export const removeCommentsBeforeDelete: CollectionBeforeDeleteHook = async ({ id, collection, req }) => {
  if (!(commentableCollections as readonly string[]).includes(collection.slug)) return
  await req.payload.delete({
    collection: 'comments',
    where: { and: [{ 'doc.relationTo': { equals: collection.slug } }, { 'doc.value': { equals: String(id) } }] },
    req,
    overrideAccess: true,
    depth: 0,
  })
}
