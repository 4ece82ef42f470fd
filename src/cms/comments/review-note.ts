import type { CollectionAfterChangeHook } from 'payload'

import { reviewNoteContext } from '@/cms/comments/rules'
import { isLocale } from '@/shared/locales'
import { commentableCollections, type CommentableCollection } from '@/shared/commentable'

/**
 * An editor's "Düzeltme istendi" note also becomes the first comment of a thread on the
 * document in that language, written as the editor: the note field is emptied when the draft
 * goes back to review and overwritten by the next review, the thread stays, with the answers.
 */
export const noteAsComment: CollectionAfterChangeHook = async ({ doc, previousDoc, collection, req }) => {
  const note = typeof doc.reviewComment === 'string' ? doc.reviewComment.trim() : ''
  const asked = doc.reviewState === 'changes_requested'
  const isNew = previousDoc?.reviewState !== 'changes_requested' || previousDoc?.reviewComment !== doc.reviewComment
  const slug = collection.slug as CommentableCollection
  if (!asked || !note || !isNew || !req.user || !isLocale(req.locale) || !commentableCollections.includes(slug))
    return doc
  await req.payload.create({
    collection: 'comments',
    data: { doc: { relationTo: slug, value: String(doc.id) }, locale: req.locale, text: note },
    req,
    overrideAccess: false,
    user: req.user,
    // The editor's review is not a comment written by hand: it must never be refused for the
    // person's comment allowance (src/cms/comments/rules.ts), which would fail the review's save.
    context: { [reviewNoteContext]: true },
  })
  return doc
}
