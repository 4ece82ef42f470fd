import type { CollectionConfig } from 'payload'

import { nobody, staffOnly } from '@/cms/access'
import { activityActionLabels, activityActions } from '@/shared/activity'

/**
 * Who did what, to which document, in which language, when (src/cms/activity records it).
 * Staff read it in the admin ("Etkinlik günlüğü") and at `GET /api/activity-log`; nobody,
 * administrators included, writes, changes or deletes an entry through any API: only the
 * server's own hooks add entries. The names of people and documents are copied into the
 * entry, so it still reads right after either is renamed or deleted. Only what staff and the
 * system do is an entry: failed sign-ins are counted apart (collections/SignInFailures). Entries
 * are kept `limits.activityLog.changesDays` days (collections/ActivityLog/retention.ts).
 */
export const ActivityLog: CollectionConfig = {
  slug: 'activity-log',
  labels: {
    singular: { tr: 'Etkinlik kaydı', en: 'Activity' },
    plural: { tr: 'Etkinlik günlüğü', en: 'Activity log' },
  },
  admin: {
    group: { tr: 'Yönetim', en: 'Administration' },
    useAsTitle: 'summary',
    defaultColumns: ['createdAt', 'personName', 'action', 'documentTitle', 'locale'],
    listSearchableFields: ['summary', 'personName', 'documentTitle'],
  },
  defaultSort: '-createdAt',
  graphQL: { singularName: 'ActivityEntry', pluralName: 'ActivityLog', disableMutations: true },
  access: { read: staffOnly, create: nobody, update: nobody, delete: nobody, readVersions: nobody },
  fields: [
    {
      name: 'action',
      type: 'select',
      required: true,
      index: true,
      label: { tr: 'Ne oldu', en: 'Action' },
      options: activityActions.map((value) => ({ value, label: activityActionLabels[value] })),
    },
    {
      name: 'person',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      label: { tr: 'Kim', en: 'Who' },
    },
    // As the person was called then; for a command-line run, who ran it.
    { name: 'personName', type: 'text', index: true, label: { tr: 'Kişi', en: 'Person' } },
    { name: 'collection', type: 'text', index: true, label: { tr: 'Koleksiyon', en: 'Collection' } },
    { name: 'document', type: 'text', index: true, label: { tr: 'Belge no.', en: 'Document id' } },
    { name: 'documentTitle', type: 'text', label: { tr: 'Belge', en: 'Document' } },
    // The code is stored; lists name the language in words ("İngilizce").
    {
      name: 'locale',
      type: 'text',
      index: true,
      label: { tr: 'Dil', en: 'Language' },
      admin: { components: { Cell: '/cms/admin/translation/LanguageCell' } },
    },
    // One line for lists and searches: "Yayımlandı · Reçete · Soru 16 · Seçenek 2 · tr".
    { name: 'summary', type: 'text', label: { tr: 'Özet', en: 'Summary' } },
    // Counts of an import run, the role or languages before and after.
    { name: 'details', type: 'json', label: { tr: 'Ayrıntılar', en: 'Details' } },
  ],
}
