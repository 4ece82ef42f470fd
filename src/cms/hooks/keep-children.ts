import type { CollectionBeforeDeleteHook, CollectionSlug } from 'payload'

import { localize, type Message } from '@/cms/messages'
import { Refused } from '@/cms/refused'

/**
 * Refuses to delete a document that others still point to (a question with choices, a
 * choice with advice), so no advice is left orphaned and invisible by accident.
 */
export function keepChildren(child: CollectionSlug, field: string, message: Message): CollectionBeforeDeleteHook {
  return async ({ id, req }) => {
    const { totalDocs } = await req.payload.count({ collection: child, where: { [field]: { equals: id } }, req })
    if (totalDocs > 0) throw new Refused(localize(req, message), 400, { data: { children: totalDocs } })
  }
}
