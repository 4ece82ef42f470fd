import type { CollectionConfig } from 'payload'

import { nobody } from '@/cms/access'
import { profileDimensions } from '@/shared/insights/profile'

/**
 * One organisation's answers given, by its own choice, to the anonymous statistics
 * (docs/decisions/011-anonymous-contributions.md). What is kept is what the privacy text on the
 * report promises and nothing more: the answers, the optional profile and the month. No
 * timestamps (Payload's createdAt would keep the time of day), no address, no free text, no
 * link to a report's address or a team. Each answer keeps the question's and the choice's
 * identity (their document ids) beside their numbers at the time, so a later renumbering does
 * not mislabel it. Nobody reaches the rows over the API: staff read the totals
 * (`/api/assessment-insights`), administrators delete them all there.
 */
export const AssessmentContributions: CollectionConfig = {
  slug: 'assessment-contributions',
  labels: {
    singular: { tr: 'Anonim katkı', en: 'Anonymous contribution' },
    plural: { tr: 'Anonim katkılar', en: 'Anonymous contributions' },
  },
  admin: { hidden: true },
  graphQL: false,
  lockDocuments: false,
  timestamps: false,
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  fields: [
    // YYYY-MM, Istanbul time.
    { name: 'month', type: 'text', required: true, index: true },
    ...profileDimensions.map((dimension) => ({
      name: dimension.name,
      type: 'select' as const,
      required: true,
      options: [...dimension.groups.map((g) => g.key), 'none'],
    })),
    // [{ question, questionNumber, choice, choiceNumber }]: ids and numbers at the time.
    { name: 'answers', type: 'json', required: true },
  ],
}
