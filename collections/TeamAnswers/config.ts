import type { CollectionConfig } from 'payload'

import { nobody } from '@/cms/access'

/**
 * One member's answers to one team assessment: a row per member, so that members answering at
 * the same moment through different instances each write their own row and never a shared list
 * (src/site/team/answers.ts). Two unique keys decide, in the database: `team` + `member` (one
 * row per member; the same browser changes its own row) and `team` + `place` (the places 1 to
 * `limits.team.members`: of two members taking the last place at once, one gets it). Read and
 * written only by the site's team routes; nobody reaches it over the API.
 */
export const TeamAnswers: CollectionConfig = {
  slug: 'team-answers',
  labels: {
    singular: { tr: 'Ekip üyesinin cevapları', en: 'Team member’s answers' },
    plural: { tr: 'Ekip üyelerinin cevapları', en: 'Team members’ answers' },
  },
  admin: { hidden: true },
  graphQL: false,
  lockDocuments: false,
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  indexes: [
    { fields: ['team', 'member'], unique: true },
    { fields: ['team', 'place'], unique: true },
  ],
  fields: [
    // The team assessment's id (collections/TeamAssessments); its rows go when it is deleted.
    { name: 'team', type: 'text', required: true, index: true },
    // The member's token, kept in their browser's cookie.
    { name: 'member', type: 'text', required: true },
    { name: 'place', type: 'number', required: true },
    { name: 'role', type: 'text', required: true },
    { name: 'name', type: 'text', maxLength: 120 },
    // Question number → choice number (0: not sure), as src/site/team/member.ts describes.
    { name: 'answers', type: 'json', required: true },
  ],
}
