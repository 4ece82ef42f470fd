import type { Field, FieldHook } from 'payload'

import { systemOnlyField } from '@/cms/access'
import { publishingStateOf } from '@/cms/publishing/publishing-state'
import { scheduleDateFields, scheduleGuardField } from '@/cms/schedules/fields'
import { isStaff } from '@/shared/roles'

const readPublishingState: FieldHook = async ({ data, req, collection }) => {
  if (!isStaff(req.user) || !collection || data?.id === undefined) return null
  return publishingStateOf(req, collection.slug, String(data.id))
}

/**
 * Where the document stands for readers, per language (src/cms/publishing/publishing-state.ts): for
 * staff, in every list ("Yayın durumu") and on the form. Not stored: read from the live row
 * and the newest version, so it is true right after any publish, by any path.
 */
const publishingStateField: Field = {
  name: 'publishingState',
  type: 'json',
  virtual: true,
  label: { tr: 'Yayın durumu', en: 'Publishing status' },
  access: { read: ({ req }) => isStaff(req.user), create: systemOnlyField, update: systemOnlyField },
  hooks: { afterRead: [readPublishingState] },
  admin: {
    readOnly: true,
    position: 'sidebar',
    disableListFilter: true,
    components: {
      Cell: '/cms/admin/publishing/PublishingStateCell',
      Field: '/cms/admin/publishing/PublishingStateField',
    },
  },
}

/** A versioned collection's fields with its publishing status and its schedule (src/cms/schedules). */
export const withPublishing = (fields: Field[]): Field[] => [
  publishingStateField,
  scheduleGuardField,
  ...fields,
  ...scheduleDateFields,
]
