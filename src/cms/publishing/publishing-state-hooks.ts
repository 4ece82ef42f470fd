import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionSlug, PayloadRequest } from 'payload'

import { comparedStates } from '@/cms/publishing/publishing-state'
import { removeState, storeState } from '@/cms/publishing/stored-state'
import { showsPublishingState } from '@/shared/states/publishing-states'

/**
 * Compares the document's live row with its newest version (the one comparison there is) and
 * stores the outcome. Every write through Payload's operations comes here (a draft, a publish
 * of one language or of all, an unpublish, a restored version, a scheduled publish, an
 * import's update), after the version is saved and inside the write's transaction.
 */
export async function recordPublishingState(req: PayloadRequest, collection: CollectionSlug, id: string) {
  const state = (await comparedStates(req, collection, [id])).get(id)
  if (state) await storeState(req, collection, id, state)
}

export const recordStateAfterChange: CollectionAfterChangeHook = async ({ doc, collection, req }) => {
  if (showsPublishingState(collection.fields)) await recordPublishingState(req, collection.slug, String(doc.id))
  return doc
}

export const removeStateAfterDelete: CollectionAfterDeleteHook = async ({ id, collection, req }) => {
  if (showsPublishingState(collection.fields)) await removeState(req, collection.slug, String(id))
}
