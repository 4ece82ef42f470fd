import type { CollectionConfig, Field } from 'payload'

import { ownOnly, serverOnlyField } from '@collections/Notifications/access'
import { deliveries, deliveryLabels, notificationKindLabels, notificationKinds } from '@/shared/states/notifications'
import { nobody } from '@/cms/access'

/** Written only by the server (src/cms/notifications): every field but `read` is closed to the API. */
const fixed = (field: Field): Field =>
  ({ ...field, access: { create: serverOnlyField, update: serverOnlyField } }) as Field

/**
 * What a person was told (src/cms/notifications writes a row per recipient after the event's
 * save has committed): the kind, the document (its collection, id and title then, like the
 * activity log, so a row still reads right after the document is renamed or deleted, and a
 * global fits too), the language, and whether it was read. `GET /api/notifications` and the
 * admin's "Bildirimler" list a person's own rows only; `PATCH` sets `read`, nothing else.
 * `delivery` and `emailedAt` say how the e-mail went: at once, in a digest, or not at all.
 */
export const Notifications: CollectionConfig = {
  slug: 'notifications',
  labels: {
    singular: { tr: 'Bildirim', en: 'Notification' },
    plural: { tr: 'Bildirimler', en: 'Notifications' },
  },
  admin: {
    useAsTitle: 'summary',
    defaultColumns: ['createdAt', 'summary', 'locale', 'read'],
    components: { beforeListTable: ['/cms/admin/notifications/MarkAllRead'] },
  },
  defaultSort: '-createdAt',
  graphQL: { singularName: 'Notification', pluralName: 'Notifications' },
  access: { read: ownOnly, update: ownOnly, create: nobody, delete: nobody, readVersions: nobody },
  indexes: [{ fields: ['recipient', 'read'] }, { fields: ['delivery', 'emailedAt'] }],
  fields: [
    // Not `required`: the database clears it if its person goes (their rows are deleted first, collections/Users).
    fixed({ name: 'recipient', type: 'relationship', relationTo: 'users', index: true }),
    fixed({
      name: 'kind',
      type: 'select',
      required: true,
      label: { tr: 'Ne oldu', en: 'What happened' },
      options: notificationKinds.map((value) => ({ value, label: notificationKindLabels[value] })),
    }),
    fixed({
      name: 'summary',
      type: 'text',
      label: { tr: 'Bildirim', en: 'Notification' },
      admin: { components: { Cell: '/cms/admin/notifications/NotificationCell' } },
    }),
    fixed({ name: 'collection', type: 'text', label: { tr: 'Koleksiyon', en: 'Collection' } }),
    fixed({ name: 'document', type: 'text', index: true, label: { tr: 'Belge no.', en: 'Document id' } }),
    fixed({ name: 'documentTitle', type: 'text', label: { tr: 'Belge', en: 'Document' } }),
    fixed({
      name: 'locale',
      type: 'text',
      label: { tr: 'Dil', en: 'Language' },
      admin: { components: { Cell: '/cms/admin/translation/LanguageCell' } },
    }),
    // The editor's note with "changes requested"; a schedule's outcome; the broken links.
    fixed({ name: 'note', type: 'textarea', label: { tr: 'Not', en: 'Note' } }),
    fixed({ name: 'details', type: 'json', admin: { hidden: true } }),
    {
      name: 'read',
      type: 'checkbox',
      defaultValue: false,
      label: { tr: 'Okundu', en: 'Read' },
      admin: { components: { Cell: '/cms/admin/notifications/ReadCell' } },
    },
    fixed({
      name: 'delivery',
      type: 'select',
      required: true,
      options: deliveries.map((value) => ({ value, label: deliveryLabels[value] })),
      admin: { hidden: true },
    }),
    fixed({ name: 'emailedAt', type: 'date', admin: { hidden: true } }),
  ],
}
