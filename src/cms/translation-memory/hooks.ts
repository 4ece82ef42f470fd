import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
  Payload,
  PayloadRequest,
  RequestContext,
} from 'payload'

import { afterCommit } from '@/cms/instances/after-commit'
import type { DocumentRef } from '@/cms/publishing/live-and-newest'
import { translatedFields } from '@/cms/translation-status/hooks'
import { forgetDocument, rememberPublished } from '@/cms/translation-memory/remember'

/** Only a write readers now see can add pairs: a publish of any language, not a draft save. */
const publishes = (doc: { _status?: unknown }, context: RequestContext) =>
  doc._status === 'published' && !context.savingDraft

/**
 * After the publish commits (a rolled-back publish remembers nothing) and outside its
 * transaction: the translation states the pairing relies on are written inside it, and a
 * failure to remember never fails or undoes the publish: it is logged, and the next start's
 * fill (src/cms/translation-memory/backfill.ts) tries again.
 */
async function rememberAfterCommit(req: PayloadRequest, ref: DocumentRef, fields: readonly string[]) {
  const payload: Payload = req.payload
  await afterCommit(req, async () => {
    try {
      await rememberPublished(payload, ref, fields)
    } catch (error) {
      payload.logger.error({ msg: 'cannot remember the published translations', ref, err: String(error) })
    }
  })
}

export const rememberAfterChange: CollectionAfterChangeHook = async ({ doc, collection, req, context }) => {
  const fields = translatedFields(collection.fields)
  if (fields && publishes(doc, context))
    await rememberAfterCommit(req, { collection: collection.slug, id: String(doc.id) }, fields)
  return doc
}

export const rememberGlobalAfterChange: GlobalAfterChangeHook = async ({ doc, global, req, context }) => {
  const fields = translatedFields(global.fields)
  if (fields && publishes(doc, context)) await rememberAfterCommit(req, { global: global.slug }, fields)
  return doc
}

export const forgetAfterDelete: CollectionAfterDeleteHook = async ({ id, collection, req }) => {
  if (!translatedFields(collection.fields)) return
  const payload = req.payload
  await afterCommit(req, () => forgetDocument(payload, collection.slug, String(id)))
}
