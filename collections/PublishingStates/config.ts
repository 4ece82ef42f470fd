import type { CollectionConfig } from 'payload'

import { staffOnly } from '@/cms/access'

/**
 * Where each versioned document stands for readers, per language (src/shared/states/publishing-states.ts),
 * written after every write to it (src/cms/publishing/stored-state.ts) as the translation states
 * are, beside the documents rather than in them: writing it must not create a version. Lists
 * and the dashboard read one small row per document instead of comparing every row's text in
 * every language with its newest version on each request (issue 27, docs/decisions/010).
 * Staff read it as each document's `publishingState`; only the server writes it.
 */
export const PublishingStates: CollectionConfig = {
  slug: 'publishing-states',
  labels: {
    singular: { tr: 'Yayın durumu', en: 'Publishing state' },
    plural: { tr: 'Yayın durumları', en: 'Publishing states' },
  },
  admin: { hidden: true },
  graphQL: false,
  // A list's rows: one collection's documents on the page, found without walking the collection.
  indexes: [{ fields: ['scope', 'document'] }],
  access: {
    read: staffOnly,
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  fields: [
    // `<collection>/<document id>`: one row each, whichever write stores it.
    { name: 'key', type: 'text', required: true, unique: true, index: true },
    { name: 'scope', type: 'text', required: true, index: true },
    { name: 'document', type: 'text', required: true, index: true },
    { name: 'live', type: 'checkbox', required: true, defaultValue: false },
    { name: 'everPublished', type: 'checkbox', required: true, defaultValue: false },
    // Language codes whose newest draft readers do not see yet, and fields shared by all of them.
    { name: 'pending', type: 'json' },
    { name: 'shared', type: 'json' },
  ],
}
