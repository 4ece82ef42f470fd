import type { CollectionBeforeChangeHook, GlobalBeforeChangeHook, PayloadRequest } from 'payload'

import { localize, messages } from '@/cms/messages'
import { Refused } from '@/cms/refused'
import { isTranslator } from '@/shared/roles'

type Args = { data: Record<string, unknown>; originalDoc?: Record<string, unknown>; req: PayloadRequest }

/**
 * Who may move a draft through review, on every path (admin, REST, GraphQL, Local API):
 * translators only send their drafts to review; asking for changes (or taking a draft out
 * of review) is an editor's decision. Publishing a language ends its review.
 */
function applyReviewRules({ data, originalDoc, req }: Args): Record<string, unknown> {
  const before = (originalDoc?.reviewState as string | null | undefined) ?? null
  const after = data.reviewState !== undefined ? ((data.reviewState as string | null) ?? null) : before
  if (isTranslator(req.user) && after !== before && after !== 'in_review')
    throw new Refused(localize(req, messages.translatorsCannotReview), 403)
  if (data._status === 'published') {
    data.reviewState = null
    data.reviewComment = null
  }
  return data
}

export const reviewRules: CollectionBeforeChangeHook = (args) => applyReviewRules(args as Args)

export const globalReviewRules: GlobalBeforeChangeHook = (args) => applyReviewRules(args as Args)
