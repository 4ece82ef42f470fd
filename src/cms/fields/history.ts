import type { CollectionBeforeChangeHook, Field } from 'payload'

import { systemOnlyField } from '@/cms/access'
import { scheduledBy } from '@/cms/schedules/hooks'
import { systemPerson } from '@/shared/activity'

/**
 * Who saved each version. Payload's versions keep the whole document but not who wrote it, so
 * the document carries its last author's name, set by the server on every write (whatever a
 * caller sends) and thereby copied into each version.
 */
const changedByField: Field = {
  name: 'changedBy',
  type: 'text',
  label: { tr: 'Son değiştiren', en: 'Last changed by' },
  access: { create: systemOnlyField, update: systemOnlyField },
  admin: { hidden: true, disableListFilter: true },
}

/** The form's sidebar: the latest versions with their authors (src/cms/admin/publishing/VersionHistory.tsx). */
const versionHistoryField: Field = {
  name: 'versionHistory',
  type: 'ui',
  label: { tr: 'Sürüm geçmişi', en: 'Version history' },
  admin: {
    position: 'sidebar',
    disableListColumn: true,
    components: { Field: '/cms/admin/publishing/VersionHistory' },
  },
}

/** The form's sidebar: the team's comments in the language being edited (src/cms/admin/comments). */
const commentsField: Field = {
  name: 'comments',
  type: 'ui',
  label: { tr: 'Yorumlar', en: 'Comments' },
  admin: { position: 'sidebar', disableListColumn: true, components: { Field: '/cms/admin/comments/CommentsPanel' } },
}

/**
 * A versioned collection's fields with who changed each version and the list of them on the
 * form, and the comments beside it (the editorial collections are both versioned and commented).
 */
export const withHistory = (fields: Field[]): Field[] => [...fields, changedByField, versionHistoryField, commentsField]

export const stampAuthor: CollectionBeforeChangeHook = ({ data, req, context }) => {
  const user = req.user as { name?: string | null; email?: string } | null | undefined
  const scheduler = context[scheduledBy]
  data.changedBy =
    typeof scheduler === 'string'
      ? `${scheduler} (zamanlanmış)`
      : user
        ? user.name || user.email || systemPerson
        : systemPerson
  return data
}
