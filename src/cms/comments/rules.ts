import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { documentOf, recordActivity } from '@/cms/activity/record'
import { localize, messages, type Message } from '@/cms/messages'
import { documentParagraphs } from '@/cms/comments/paragraphs'
import { notifyAfterSave } from '@/cms/notifications/notify'
import { Refused } from '@/cms/refused'
import { attemptLimiter } from '@/shared/requests/attempt-limits'
import { commentableCollections, type CommentableCollection } from '@/shared/commentable'
import { limits } from '@/shared/limits'
import { isStaff } from '@/shared/roles'

type Comment = {
  id: string
  doc?: { relationTo: CommentableCollection; value: string | { id: string } }
  locale?: string
  text?: string | null
  parent?: string | { id: string } | null
  author?: string | { id: string } | null
  authorName?: string | null
  mentions?: Array<string | { id: string }> | null
  resolved?: boolean | null
  resolvedBy?: string | null
  resolvedAt?: string | null
  deleted?: boolean | null
  paragraph?: string | null
}

const idOf = (value: string | { id: string } | null | undefined): string | undefined =>
  value == null ? undefined : typeof value === 'string' ? value : String(value.id)

const refuse = (req: PayloadRequest, message: Message, status = 400): never => {
  throw new Refused(localize(req, message), status)
}

type User = { id: string; name?: string | null; email?: string; role?: string | null }

/** Marks the comment an editor's review note becomes (review-note.ts): not counted against the allowance. */
export const reviewNoteContext = 'rota.reviewNote'

/**
 * Who may write what, on every path: a comment is written by the signed-in person (its author
 * is set here, whatever the caller sends), on a document they can read, in a language the
 * site has; an answer goes to the thread's first comment on the same document and language.
 * Its text, paragraph and mentions are its author's alone to change, as is deleting it, which
 * empties it and leaves it in the thread; resolving is the thread's (its first comment's) and
 * anyone's of the team. A person writes at most `limits.comments.perPerson` in the window.
 */
export const checkComment: CollectionBeforeChangeHook<Comment> = async ({
  data,
  originalDoc,
  operation,
  req,
  context,
}) => {
  const user = req.user as User | null
  if (!user || !isStaff(user as never)) return refuse(req, messages.documentStateStaffOnly, 403)
  const next = { ...data } as Comment

  if (operation === 'create') {
    const docId = idOf(next.doc?.value)
    const collection = next.doc?.relationTo
    if (!docId || !collection || !commentableCollections.includes(collection))
      return refuse(req, messages.commentDocumentUnknown)
    const found = await req.payload
      .find({
        collection,
        where: { id: { equals: docId } },
        draft: true,
        depth: 0,
        limit: 1,
        pagination: false,
        overrideAccess: false,
        user,
        req,
      })
      .catch(() => ({ docs: [] }))
    if (found.docs.length === 0) return refuse(req, messages.commentDocumentUnknown, 404)
    next.doc = { relationTo: collection, value: docId }

    const parentId = idOf(next.parent)
    if (parentId) {
      const parent = (await req.payload
        .findByID({ collection: 'comments', id: parentId, depth: 0, req, overrideAccess: true })
        .catch(() => null)) as Comment | null
      if (!parent || idOf(parent.doc?.value) !== docId || parent.locale !== next.locale)
        return refuse(req, messages.commentParentElsewhere)
      // Threads are one level deep: an answer to an answer joins the thread it is in.
      next.parent = idOf(parent.parent) ?? parentId
      next.resolved = false
    }

    const limiter = attemptLimiter(req.payload, {
      name: 'comments',
      points: limits.comments.perPerson,
      windowMs: limits.comments.windowMs,
    })
    if (!context[reviewNoteContext])
      try {
        await limiter.consume(String(user.id))
      } catch {
        return refuse(req, messages.commentTooMany, 429)
      }
    next.author = String(user.id)
    next.authorName = user.name || user.email || String(user.id)
  }

  const before = (originalDoc ?? {}) as Comment
  const authorId = operation === 'create' ? String(user.id) : idOf(before.author)
  const ownChange =
    operation === 'update' &&
    (['text', 'paragraph', 'mentions', 'deleted'] as const).some(
      (name) => data[name] !== undefined && JSON.stringify(data[name]) !== JSON.stringify(before[name]),
    )
  if (ownChange && authorId !== String(user.id)) return refuse(req, messages.commentNotYours, 403)
  if (before.deleted) next.deleted = true
  await checkParagraph(req, next, before, operation === 'create')

  if (next.deleted) {
    next.text = ''
    next.mentions = []
  } else {
    const text = (next.text ?? before.text ?? '').trim()
    if (!text) return refuse(req, messages.commentEmpty)
    next.text = text
    await checkMentions(req, next.mentions)
  }

  const resolved = Boolean(next.resolved ?? before.resolved)
  if (resolved !== Boolean(before.resolved) || (operation === 'create' && resolved)) {
    if (idOf(next.parent ?? before.parent)) return refuse(req, messages.commentResolveAnswer)
    next.resolvedBy = resolved ? user.name || user.email || String(user.id) : null
    next.resolvedAt = resolved ? new Date().toISOString() : null
  }
  return next
}

/**
 * A thread may be about one paragraph of the document's rich text in its language: a unit id
 * of src/rich-text/segments.ts (`body-3`) that the document's newest text has when the comment
 * is written or moved. An answer is about what its thread is about, so it carries none.
 */
async function checkParagraph(req: PayloadRequest, next: Comment, before: Comment, isNew: boolean): Promise<void> {
  if (next.paragraph === undefined && !isNew) return
  const paragraph = typeof next.paragraph === 'string' ? next.paragraph.trim() : ''
  if (!paragraph || idOf(next.parent ?? before.parent)) {
    next.paragraph = null
    return
  }
  if (!isNew && paragraph === before.paragraph) return
  const doc = next.doc ?? before.doc
  const docId = idOf(doc?.value)
  const locale = next.locale ?? before.locale
  const found = doc && docId && locale ? await documentParagraphs(req, doc.relationTo, docId, locale) : []
  if (!found.some((unit) => unit.id === paragraph)) refuse(req, messages.commentParagraphUnknown)
  next.paragraph = paragraph
}

/** Mentions name people of the content team who exist, each once. */
async function checkMentions(req: PayloadRequest, mentions: Comment['mentions']): Promise<void> {
  const ids = [...new Set((mentions ?? []).map((mention) => idOf(mention)).filter(Boolean))] as string[]
  if (ids.length === 0) return
  if (ids.length > limits.comments.mentions) return refuse(req, messages.commentMentionUnknown)
  const people = await req.payload.find({
    collection: 'users',
    where: { id: { in: ids } },
    depth: 0,
    limit: ids.length,
    pagination: false,
    overrideAccess: true,
    req,
  })
  if (people.docs.filter((person) => isStaff(person as never)).length !== ids.length)
    refuse(req, messages.commentMentionUnknown)
}

/** Comments, resolutions, reopenings and deletions go into the activity log, with the document they are about. */
export const recordComment: CollectionAfterChangeHook<Comment> = async ({ doc, previousDoc, operation, req }) => {
  const action =
    operation === 'create'
      ? 'comment_added'
      : doc.deleted && !previousDoc?.deleted
        ? 'comment_deleted'
        : Boolean(doc.resolved) !== Boolean(previousDoc?.resolved)
          ? doc.resolved
            ? 'comment_resolved'
            : 'comment_reopened'
          : undefined
  if (!action || !doc.doc) return doc
  const collection = doc.doc.relationTo
  const config = req.payload.collections[collection].config
  const commented = await req.payload
    .findByID({ collection, id: idOf(doc.doc.value)!, depth: 0, draft: true, overrideAccess: true, req, locale: 'tr' })
    .catch(() => ({ id: idOf(doc.doc?.value) }))
  const named = documentOf(config, commented as Record<string, unknown>, config.admin?.useAsTitle)
  if (action === 'comment_added') await tellMentionedAndAnswered(req, doc, named)
  await recordActivity(
    req.payload,
    {
      action,
      ...named,
      locale: doc.locale,
      details: { comment: doc.id, ...(doc.parent ? { thread: idOf(doc.parent) } : {}) },
    },
    req,
  )
  return doc
}

/**
 * A new comment tells the people it mentions and, for an answer, the author of the thread's
 * first comment (issue 24: "a comment mentions you or answers yours"), once each, never its own
 * author; after the save commits, never failing it. The comment's text goes with it: every
 * recipient is of the content team, who read all comments.
 */
async function tellMentionedAndAnswered(
  req: PayloadRequest,
  doc: Comment,
  named: { collection: string; document: string; documentTitle: string },
): Promise<void> {
  const mentioned = (doc.mentions ?? []).map((person) => idOf(person)).filter(Boolean) as string[]
  const parentId = idOf(doc.parent)
  const threadAuthor = parentId
    ? idOf(
        (
          (await req.payload
            .findByID({ collection: 'comments', id: parentId, depth: 0, req, overrideAccess: true })
            .catch(() => null)) as Comment | null
        )?.author,
      )
    : undefined
  const user = req.user as User
  const by = user.name || user.email
  for (const [people, answer] of [
    [mentioned, false],
    [threadAuthor && !mentioned.includes(threadAuthor) ? [threadAuthor] : [], true],
  ] as const) {
    if (people.length === 0) continue
    await notifyAfterSave(req, {
      kind: 'comment',
      to: { id: { in: people } },
      actor: user.id,
      ...named,
      locale: doc.locale,
      note: (doc.text ?? '').slice(0, 1_000),
      details: { by, answer, comment: doc.id },
    })
  }
}
