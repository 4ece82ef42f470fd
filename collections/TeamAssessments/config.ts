import type { CollectionConfig } from 'payload'

import { adminsOnly, nobody } from '@/cms/access'
import { refuseInvisibleCharacters } from '@/cms/hooks/visible-text'
import { countMembers } from '@collections/TeamAnswers/cleanup'
import { buryBeforeDelete, deleteAnswersAfterDelete, deleteRoundsAfterDelete } from '@collections/TeamAssessments/purge'

/**
 * A team's self-assessment (several members answer, a coordinator reads the results),
 * without accounts: the public site creates and reads it through its own routes, with the
 * team's unguessable id and the coordinator's key. Nobody reaches it over REST or GraphQL:
 * administrators see the list and member counts, never the answers or the key.
 */
export const TeamAssessments: CollectionConfig = {
  slug: 'team-assessments',
  labels: {
    singular: { tr: 'Ekip değerlendirmesi', en: 'Team assessment' },
    plural: { tr: 'Ekip değerlendirmeleri', en: 'Team assessments' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'memberCount', 'closed', 'lastActivityAt'],
    group: { tr: 'Yönetim', en: 'Administration' },
    description: {
      tr: 'Kamuya açık sitede oluşturulan ekip değerlendirmeleri; bir ekibin her turu ayrı bir satırdır. Cevaplar burada görünmez. Bir turu silmek ekibin bütün turlarını siler; bir ekibin hiçbir turuna 180 gün dokunulmazsa ekip bütün turlarıyla silinir.',
      en: 'Team assessments created on the public site; each round of a team is a row of its own. Answers are not shown here. Deleting a round deletes every round of its team; a team none of whose rounds was touched for 180 days is deleted with all its rounds.',
    },
  },
  access: { read: adminsOnly, create: nobody, update: nobody, delete: adminsOnly },
  // A deleted team's links answer 410, not 404: every deletion leaves a tombstone first. Its
  // members' answers (collections/TeamAnswers) go with it, and so do the team's other rounds.
  hooks: { beforeDelete: [buryBeforeDelete], afterDelete: [deleteAnswersAfterDelete, deleteRoundsAfterDelete] },
  // Not edited in the admin (no edit locks) and not part of the GraphQL API at all.
  lockDocuments: false,
  graphQL: false,
  fields: [
    {
      // The members' link: 22 characters of base64url, 132 random bits.
      name: 'publicId',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      access: { read: nobody },
    },
    {
      name: 'name',
      type: 'text',
      maxLength: 120,
      label: { tr: 'Örgüt adı', en: 'Organisation name' },
      hooks: { beforeChange: [refuseInvisibleCharacters] },
    },
    {
      // SHA-256 of the coordinator's key; the key itself is shown once and never stored.
      name: 'coordinatorKeyHash',
      type: 'text',
      required: true,
      access: { read: nobody },
    },
    { name: 'closed', type: 'checkbox', defaultValue: false, label: { tr: 'Kapatıldı', en: 'Closed' } },
    {
      name: 'shareResults',
      type: 'checkbox',
      defaultValue: false,
      label: { tr: 'Sonuçlar üyelerle paylaşılıyor', en: 'Results shared with members' },
    },
    {
      // Counted from the members' rows (collections/TeamAnswers) whenever it is read, never stored:
      // a stored count written by members answering at once would keep the last writer's count.
      name: 'memberCount',
      type: 'number',
      virtual: true,
      label: { tr: 'Cevaplayan', en: 'Members who answered' },
      hooks: { afterRead: [countMembers] },
    },
    {
      // The team this round belongs to: a random id its first round is given and every later
      // round copies (src/site/team/rounds.ts), so that all rounds are found, deleted and purged
      // together by one query. Empty only on rows written before rounds existed, each a team of
      // its own (the migration team_rounds fills it in). Administrators may read it (a random id
      // opens nothing): the deletion of one round in the admin finds the others by it.
      name: 'series',
      type: 'text',
      index: true,
      admin: { hidden: true },
    },
    {
      // The round this one follows (empty for a team's first). Unique: at most one round follows
      // any round, so a form sent twice, or by two tabs at once, starts one new round, not two.
      name: 'previousRound',
      type: 'relationship',
      relationTo: 'team-assessments',
      unique: true,
      label: { tr: 'Önceki tur', en: 'Previous round' },
      admin: { readOnly: true },
    },
    {
      name: 'lastActivityAt',
      type: 'date',
      index: true,
      label: { tr: 'Son etkinlik', en: 'Last activity' },
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
  ],
}
