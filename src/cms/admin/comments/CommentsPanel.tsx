'use client'

import { useDocumentInfo, useLocale } from '@payloadcms/ui'

import { CommentThreads } from '@/cms/admin/comments/CommentThreads'

/**
 * The form's sidebar "Yorumlar" (src/cms/fields/history.ts): the comments on this document in
 * the language being edited; the paragraphs offered are read again after every save.
 */
export default function CommentsPanel() {
  const { id, collectionSlug, lastUpdateTime } = useDocumentInfo()
  const locale = useLocale()
  if (id === undefined || id === null || !collectionSlug) return null
  return (
    <CommentThreads id={String(id)} collectionSlug={collectionSlug} locale={locale.code} textVersion={lastUpdateTime} />
  )
}
