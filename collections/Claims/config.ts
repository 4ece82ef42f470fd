import type { CollectionConfig } from 'payload'

import { nobody } from '@/cms/access'

/**
 * "Only once" decisions shared by every instance of the app (src/cms/instances/claims.ts): a claim is the
 * insert of a row whose key is unique, so of several instances inserting one key at the same
 * moment exactly one succeeds, on SQLite (a unique index) and MongoDB (a unique index) alike.
 * A claim runs out at `expiresAt`, so one taken by an instance that died can be taken again.
 * Nobody reads or writes it over the API.
 */
export const Claims: CollectionConfig = {
  slug: 'claims',
  labels: { singular: { tr: 'Sahiplenme', en: 'Claim' }, plural: { tr: 'Sahiplenmeler', en: 'Claims' } },
  admin: { hidden: true },
  graphQL: false,
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true },
    { name: 'holder', type: 'text', required: true },
    { name: 'expiresAt', type: 'date', required: true },
  ],
}
