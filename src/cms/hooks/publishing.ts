import type { CollectionBeforeOperationHook } from 'payload'

import type { Advice } from '@payload-types'
import { isLocale } from '@/shared/locales'
import { localize, messages } from '@/cms/messages'
import { otherLanguagesHavePendingDrafts } from '@/cms/hooks/pending-drafts'
import { isStaff, isTranslator } from '@/shared/roles'
import { Refused } from '@/cms/refused'

type WriteArgs = {
  id?: number | string
  data?: Record<string, unknown>
  draft?: boolean
  publishSpecificLocale?: string
  where?: unknown
}

/**
 * The publishing rules of every versioned collection, enforced for every caller (admin,
 * REST, GraphQL, Local API) because they run before Payload's own operation:
 *
 * - Readers who are not signed in never read the draft table, even with `?draft=true`.
 * - Translators only save drafts; a write that would change the live document is refused.
 * - A publish publishes only the language it was made in: an editor publishing the English
 *   text does not push out a pending Turkish draft (Payload's default would).
 *   A new document has no other language to protect yet.
 * - A write without the draft flag and without `_status` keeps the document's current
 *   state instead of Payload's default of copying the newest draft over the live one.
 */
export const enforcePublishingRules: CollectionBeforeOperationHook = async ({ args, operation, req, collection }) => {
  if (operation === 'read') {
    const read = args as { draft?: boolean; overrideAccess?: boolean }
    if (!read.overrideAccess && !isStaff(req.user)) read.draft = false
    return args
  }
  if (operation === 'restoreVersion' && isTranslator(req.user)) {
    throw new Refused(localize(req, messages.translatorsCannotRestore), 403)
  }
  if (operation !== 'create' && operation !== 'update') return args

  const write = args as WriteArgs
  const data = write.data ?? {}
  const savingDraft = Boolean(write.draft) && data._status !== 'published'
  // Tells the revalidation hook whether readers' pages can have changed.
  req.context.savingDraft = savingDraft
  if (savingDraft) return args

  if (isTranslator(req.user)) {
    throw new Refused(localize(req, messages.translatorsSaveDrafts), 403)
  }

  if (operation === 'update' && data._status === undefined) {
    if (write.id === undefined) {
      throw new Refused(localize(req, messages.bulkWriteNeedsStatus), 400)
    }
    // Every editorial collection has the same draft status as the advice.
    const current = await req.payload.db.findOne<Pick<Advice, 'id' | '_status'>>({
      collection: collection.slug,
      req,
      where: { id: { equals: write.id } },
      select: { _status: true },
    })
    if (current?._status !== 'published') {
      write.draft = true
      req.context.savingDraft = true
      return args
    }
    write.data = { ...data, _status: 'published' }
  }

  if (write.data?._status === 'published' && isLocale(req.locale) && write.id !== undefined) {
    // Limited to this language only when another one has a pending draft to protect. The admin's
    // "Yayımla: İngilizce" always asks for the limit, which would leave a draft copy as the newest
    // version and show a fully published document as changed.
    const protect = await otherLanguagesHavePendingDrafts(
      req,
      { collection: collection.slug, id: write.id },
      req.locale,
    )
    if (protect) write.publishSpecificLocale = req.locale
    else delete write.publishSpecificLocale
  }
  return args
}
