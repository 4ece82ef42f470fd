import type { Field } from 'payload'

/** Top of the question, choice and advice forms: what else the page needs published (src/cms/admin/publishing/PublishTogether.tsx). */
export const publishTogetherField: Field = {
  name: 'publishTogether',
  type: 'ui',
  label: { tr: 'Birlikte yayımla', en: 'Publish together' },
  admin: { disableListColumn: true, components: { Field: '/cms/admin/publishing/PublishTogether' } },
}
