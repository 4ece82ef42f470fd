import type { CollectionConfig } from 'payload'

import { nobody, staffOnly } from '@/cms/access'
import { mentionPeopleEndpoint } from '@/cms/comments/people'
import { commentParagraphsEndpoint } from '@/cms/comments/paragraphs'
import { checkComment, recordComment } from '@/cms/comments/rules'
import { commentableCollections } from '@/shared/commentable'
import { limits } from '@/shared/limits'
import { locales } from '@/shared/locales'

/**
 * Comments of the content team on a document in one language, optionally on one paragraph of
 * its rich text, in threads (an answer's `parent` is the thread's first comment). They sit
 * beside the documents, not in them: a comment is not content, makes no version, and is never
 * published. Staff only, on every path (REST, GraphQL, Local API with `overrideAccess: false`);
 * who may change what is checked in src/cms/comments/rules.ts: the text is its author's alone,
 * a thread is resolved or reopened by anyone of the team, and a deletion leaves the comment in
 * its thread as "silindi" (a PATCH with `deleted: true`; nothing is deleted outright).
 */
export const Comments: CollectionConfig = {
  slug: 'comments',
  labels: {
    singular: { tr: 'Yorum', en: 'Comment' },
    plural: { tr: 'Yorumlar', en: 'Comments' },
  },
  admin: { hidden: true },
  defaultSort: 'createdAt',
  access: { read: staffOnly, create: staffOnly, update: staffOnly, delete: nobody, readVersions: nobody },
  hooks: { beforeChange: [checkComment], afterChange: [recordComment] },
  endpoints: [mentionPeopleEndpoint, commentParagraphsEndpoint],
  fields: [
    {
      name: 'doc',
      label: { tr: 'Belge', en: 'Document' },
      type: 'relationship',
      relationTo: [...commentableCollections],
      required: true,
      index: true,
      access: { update: nobody },
    },
    {
      name: 'locale',
      label: { tr: 'Dil', en: 'Language' },
      type: 'select',
      required: true,
      index: true,
      options: locales.map(({ code, names }) => ({ value: code, label: names })),
      access: { update: nobody },
    },
    // Where in the rich text: the paragraph's unit id (src/rich-text/segments.ts, "body-3"), checked
    // against the document's text in the comment's language (src/cms/comments/rules.ts).
    { name: 'paragraph', label: { tr: 'Paragraf', en: 'Paragraph' }, type: 'text', maxLength: 100 },
    { name: 'text', label: { tr: 'Yorum', en: 'Comment' }, type: 'textarea', maxLength: limits.comments.textChars },
    {
      name: 'parent',
      label: { tr: 'Yanıtlanan yorum', en: 'In reply to' },
      type: 'relationship',
      relationTo: 'comments',
      index: true,
      access: { update: nobody },
    },
    // Set by the server from the signed-in person; the name is kept as it was then.
    {
      name: 'author',
      label: { tr: 'Yazan', en: 'Author' },
      type: 'relationship',
      relationTo: 'users',
      index: true,
      access: { create: nobody, update: nobody },
    },
    {
      name: 'authorName',
      label: { tr: 'Yazanın adı', en: 'Author name' },
      type: 'text',
      access: { create: nobody, update: nobody },
    },
    {
      name: 'mentions',
      label: { tr: 'Anılan kişiler', en: 'Mentioned' },
      type: 'relationship',
      relationTo: 'users',
      hasMany: true,
      maxRows: limits.comments.mentions,
    },
    { name: 'resolved', label: { tr: 'Çözüldü', en: 'Resolved' }, type: 'checkbox', defaultValue: false, index: true },
    {
      name: 'resolvedBy',
      label: { tr: 'Çözen', en: 'Resolved by' },
      type: 'text',
      access: { create: nobody, update: nobody },
    },
    {
      name: 'resolvedAt',
      label: { tr: 'Çözüldüğü zaman', en: 'Resolved at' },
      type: 'date',
      access: { create: nobody, update: nobody },
    },
    { name: 'deleted', label: { tr: 'Silindi', en: 'Deleted' }, type: 'checkbox', defaultValue: false },
  ],
}
