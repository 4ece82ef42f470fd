import type { CollectionConfig } from 'payload'

import { staffOnly } from '@/cms/access'

/**
 * The translation memory: every paragraph pair (Turkish → another language) readers have been
 * shown, with the document it came from and when it was first published, written after a
 * publish commits (src/cms/translation-memory/remember.ts) and searched by
 * `GET /api/translation-memory` (src/cms/translation-memory/endpoint.ts). Kept beside the
 * documents, as the translation states are: remembering must not create versions, and a pair
 * stays remembered when its document later changes, as a translation once made and published.
 * Staff may read the rows; only the server writes them. Hidden from the admin's navigation and
 * from GraphQL: the endpoint is the way to ask it.
 */
export const TranslationMemory: CollectionConfig = {
  slug: 'translation-memory-pairs',
  labels: {
    singular: { tr: 'Çeviri belleği kaydı', en: 'Translation memory pair' },
    plural: { tr: 'Çeviri belleği', en: 'Translation memory' },
  },
  admin: { hidden: true },
  graphQL: false,
  access: {
    read: staffOnly,
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  fields: [
    // `<language>/<collection or global>/<document id>/<field>/<hash of the Turkish>`: a corrected
    // translation of the same Turkish paragraph in the same document replaces the older one.
    { name: 'key', type: 'text', required: true, unique: true, index: true },
    { name: 'locale', type: 'text', required: true, index: true },
    { name: 'scope', type: 'text', required: true },
    { name: 'document', type: 'text', required: true, index: true },
    { name: 'field', type: 'text', required: true },
    { name: 'source', type: 'textarea', required: true },
    { name: 'target', type: 'textarea', required: true },
    { name: 'publishedAt', type: 'date', required: true },
  ],
}
