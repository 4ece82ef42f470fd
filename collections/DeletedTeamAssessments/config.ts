import type { CollectionConfig } from 'payload'

import { nobody } from '@/cms/access'

/**
 * Tombstones of deleted team assessments (by their coordinator, or by the nightly job after
 * `limits.team.retentionDays` untouched): a hash of the members' link's id and the month of the
 * deletion, nothing else (src/shared/team/team-tombstone.ts), so that the team's links answer 410
 * "Bu değerlendirme silindi" instead of a 404 that reads like a broken link. The nightly job
 * deletes a tombstone after `limits.team.tombstoneMonths`. Only the site's own routes read and
 * write them; no API, no admin screen, no timestamps.
 */
export const DeletedTeamAssessments: CollectionConfig = {
  slug: 'deleted-team-assessments',
  labels: {
    singular: { tr: 'Silinmiş ekip değerlendirmesi', en: 'Deleted team assessment' },
    plural: { tr: 'Silinmiş ekip değerlendirmeleri', en: 'Deleted team assessments' },
  },
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  lockDocuments: false,
  graphQL: false,
  timestamps: false,
  fields: [
    { name: 'idHash', type: 'text', required: true, unique: true, index: true },
    // YYYY-MM: when it may go, and no finer than that.
    { name: 'month', type: 'text', required: true, index: true },
  ],
}
