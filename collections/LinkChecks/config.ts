import type { CollectionConfig } from 'payload'

import { staffOnly } from '@/cms/access'
import { linkStates } from '@/shared/links/link-states'

/**
 * The last link check of each resource (src/cms/link-check), kept beside the resource rather
 * than in it: resources are versioned and may hold an editor's unpublished draft, and a
 * weekly robot must neither publish that draft nor bury it under versions of its own.
 * Staff read it as the resource's `linkStatus`; only the checker writes it.
 */
export const LinkChecks: CollectionConfig = {
  slug: 'link-checks',
  labels: {
    singular: { tr: 'Bağlantı denetimi', en: 'Link check' },
    plural: { tr: 'Bağlantı denetimleri', en: 'Link checks' },
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
    { name: 'resource', type: 'relationship', relationTo: 'resources', required: true, unique: true, index: true },
    // The link as it was checked: when an editor changes it, the old result no longer applies.
    { name: 'url', type: 'text', required: true },
    { name: 'state', type: 'select', required: true, index: true, options: [...linkStates] },
    { name: 'httpStatus', type: 'number' },
    { name: 'redirectsTo', type: 'text' },
    { name: 'checkedAt', type: 'date', required: true },
  ],
}
