import { revalidatePath, revalidateTag } from 'next/cache'
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
  Payload,
  PayloadRequest,
} from 'payload'

import { announceContentChange } from '@/cms/instances/content-stamp'
import { contentTag } from '@/shared/server/cache-tags'
import { contentChanged } from '@/shared/server/content-generation'

/**
 * Public pages are rendered once and cached until content changes. Any published change
 * can touch several pages (a resource title appears on every advice citing it, a question
 * on the home page, the search and the sitemap), so a change marks the whole public site
 * stale and each page re-renders on its next visit. Rendering a page takes milliseconds;
 * a missed dependency would show readers stale guidance for good.
 */
export function revalidateSite(payload: Payload, reason: string): boolean {
  contentChanged()
  try {
    revalidatePath('/', 'layout')
    revalidateTag(contentTag, { expire: 0 })
    payload.logger.debug(`revalidated public site: ${reason}`)
    return true
  } catch (error) {
    // Outside a Next.js request (CLI, tests, jobs) there is no cache to mark; the import
    // CLI tells the running site over HTTP instead.
    payload.logger.debug(`revalidation skipped (${reason}): ${(error as Error).message}`)
    return false
  }
}

/** A change readers may see: this instance's pages now, the other instances' within a poll. */
export async function contentChangedBy(req: PayloadRequest, reason: string): Promise<void> {
  await announceContentChange(req.payload, req)
  revalidateSite(req.payload, reason)
}

/**
 * A pure draft save changes nothing readers see; any other write (publish, unpublish, a
 * live edit, a collection without drafts) may. The publishing rules mark draft saves.
 */
export const revalidateAfterChange: CollectionAfterChangeHook = async ({ doc, collection, req, context }) => {
  if (context.disableRevalidate || context.savingDraft) return doc
  await contentChangedBy(req, `${collection.slug} ${doc.id} changed`)
  return doc
}

export const revalidateAfterDelete: CollectionAfterDeleteHook = async ({ doc, collection, req, context }) => {
  if (!context.disableRevalidate) await contentChangedBy(req, `${collection.slug} ${doc.id} deleted`)
  return doc
}

export const revalidateGlobal: GlobalAfterChangeHook = async ({ doc, global, req, context }) => {
  if (!context.disableRevalidate && doc._status !== 'draft') await contentChangedBy(req, `${global.slug} changed`)
  return doc
}
