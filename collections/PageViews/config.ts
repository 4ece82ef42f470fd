import type { CollectionConfig } from 'payload'

import { nobody } from '@/cms/access'

/**
 * How many readers opened each advice page per week (src/cms/insights/page-views.ts), for
 * "İçgörüler": a number per advice, week and serving instance, nothing about any reader (no
 * cookie, address or time). Each instance writes only its own rows, so two never add to the
 * same number at once; the admin sums them. Nobody reaches the rows over the API.
 */
export const PageViews: CollectionConfig = {
  slug: 'page-views',
  labels: {
    singular: { tr: 'Okunma sayısı', en: 'Page reads' },
    plural: { tr: 'Okunma sayıları', en: 'Page reads' },
  },
  admin: { hidden: true },
  graphQL: false,
  lockDocuments: false,
  timestamps: false,
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  fields: [
    // `<week>/<instance>/<question>/<choice>`: one row each.
    { name: 'key', type: 'text', required: true, unique: true, index: true },
    // The Monday the week begins on, Istanbul time (YYYY-MM-DD): compared as text, always this shape.
    { name: 'week', type: 'text', required: true, index: true },
    // The advice page's numbers as readers opened it (/{locale}/questions/{question}/{choice}), all languages together.
    { name: 'question', type: 'number', required: true },
    { name: 'choice', type: 'number', required: true },
    { name: 'count', type: 'number', required: true },
  ],
}
