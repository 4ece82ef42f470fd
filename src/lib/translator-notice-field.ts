import type { UIField } from 'payload'

/** A note at the top of a form that explains to translators what they may change there. */
export const translatorNoticeField: UIField = {
  name: 'translatorNotice',
  type: 'ui',
  admin: { components: { Field: '/components/admin/TranslatorNotice' } },
}
