import type { CollectionConfig } from 'payload'

import { staffOnly } from '@/cms/access'
import { translationStates } from '@/shared/states/translation-states'

/**
 * Where each translation of each document stands (src/cms/translation-status), kept beside
 * the documents rather than in them: documents are versioned, and recording "this English
 * text was made from that Turkish text" must not create versions or touch a pending draft.
 * One row per document and language; the Turkish row remembers the published Turkish texts a
 * translation may have been made from, for the word diff an outdated translation shows.
 * Lists and dashboards count these rows instead of reading every version on each request.
 * Staff read it as each document's `translationStatus`; only the server writes it.
 */
export const TranslationStates: CollectionConfig = {
  slug: 'translation-states',
  labels: {
    singular: { tr: 'Çeviri durumu', en: 'Translation state' },
    plural: { tr: 'Çeviri durumları', en: 'Translation states' },
  },
  admin: { hidden: true },
  graphQL: false,
  // A list's rows (one collection's documents on the page) and the counts per language and
  // state: without these SQLite walked every row of the collection for each (bench:admin: the
  // dashboard's counts 13 → 6 ms at 1,036 advice, growing with the content).
  indexes: [{ fields: ['scope', 'locale', 'status'] }, { fields: ['scope', 'document'] }],
  access: {
    read: staffOnly,
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  fields: [
    // `<collection or global>/<document id>/<language>`: one row each, whichever hook writes it.
    { name: 'key', type: 'text', required: true, unique: true, index: true },
    // The collection's or the global's slug.
    { name: 'scope', type: 'text', required: true, index: true },
    { name: 'document', type: 'text', required: true, index: true },
    { name: 'locale', type: 'text', required: true },
    // Empty on the Turkish row.
    { name: 'status', type: 'select', index: true, options: [...translationStates] },
    // Other rows: the status of the translation readers see, the published one. It differs from
    // `status` (the newest text, the translator's work) while a newer translation waits as a
    // draft: readers still get the older one and are told when its Turkish has changed since.
    { name: 'publishedStatus', type: 'select', index: true, options: [...translationStates] },
    // Turkish row: the published Turkish now. Other rows: the Turkish the translation was made from.
    { name: 'sourceHash', type: 'text' },
    // Other rows: the translation's own text when it was last recorded (a save that leaves it
    // unchanged is not a new translation).
    { name: 'textHash', type: 'text' },
    // Turkish row: when readers' Turkish text last changed. Other rows: when the translation was made.
    { name: 'changedAt', type: 'date' },
    { name: 'changedBy', type: 'text' },
    // Turkish row: the last published Turkish texts by hash ({ hash, at, text: { field: plain text },
    // units: [{ id, field, fingerprint, text }] }, the units' texts bounded in src/cms/translation-status/record.ts).
    // Other rows: the last translations made, by hash, with the Turkish each was made from
    // ({ text, from }), so a published translation older than the newest draft is still placed.
    { name: 'history', type: 'json' },
    // Other rows, while outdated: the paragraphs (units of src/rich-text/segments.ts) of the
    // Turkish compared, and how many of them changed since the translation was made ("10
    // paragraftan 1'i değişti"), counted at the write so that lists read two numbers. Empty
    // when current or missing, and when the Turkish it was made from has no units kept (a
    // translation from before they were, compared field by field).
    // Turkish row: `unitsTotal` is the number of units of the Turkish now, empty on a row from
    // before units were kept (what `npm start` looks for, src/cms/translation-status/backfill.ts).
    { name: 'unitsTotal', type: 'number' },
    { name: 'unitsChanged', type: 'number' },
  ],
}
