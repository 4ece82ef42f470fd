/**
 * Where a draft stands in review, per document and language (`reviewState`); empty when
 * nobody sent it. Publishing the language clears it.
 */
export const reviewStates = ['in_review', 'changes_requested'] as const
export type ReviewState = (typeof reviewStates)[number]

export const reviewStateLabels: Record<ReviewState, { tr: string; en: string }> = {
  in_review: { tr: 'İncelemede', en: 'In review' },
  changes_requested: { tr: 'Düzeltme istendi', en: 'Changes requested' },
}
