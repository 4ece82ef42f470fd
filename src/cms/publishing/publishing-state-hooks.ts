import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionSlug, PayloadRequest } from 'payload'

import { liveAndNewestAfterSave, type LiveAndNewest } from '@/cms/publishing/live-and-newest'
import { comparedStates } from '@/cms/publishing/publishing-state'
import { removeState, storeState } from '@/cms/publishing/stored-state'
import { showsPublishingState } from '@/shared/states/publishing-states'

/**
 * Compares the document's live row with its newest version (the one comparison there is) and
 * stores the outcome. Every write through Payload's operations comes here (a draft, a publish
 * of one language or of all, an unpublish, a restored version, a scheduled publish, an
 * import's update), after the version is saved and inside the write's transaction.
 */
export async function recordPublishingState(
  req: PayloadRequest,
  collection: CollectionSlug,
  id: string,
  read?: LiveAndNewest,
) {
  const state = (await comparedStates(req, collection, [id], read && new Map([[id, read]]))).get(id)
  if (state) await storeState(req, collection, id, state)
}

export const recordStateAfterChange: CollectionAfterChangeHook = async ({ doc, data, collection, req }) => {
  if (!showsPublishingState(collection.fields)) return doc
  const id = String(doc.id)
  // The live row and newest version as the translation states' hook read them for this save.
  await recordPublishingState(
    req,
    collection.slug,
    id,
    await liveAndNewestAfterSave(data, req, { collection: collection.slug, id }),
  )
  return doc
}

export const removeStateAfterDelete: CollectionAfterDeleteHook = async ({ id, collection, req }) => {
  if (showsPublishingState(collection.fields)) await removeState(req, collection.slug, String(id))
}
