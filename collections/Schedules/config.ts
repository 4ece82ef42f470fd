import type { CollectionConfig } from 'payload'

import { editorsOnly, nobody } from '@/cms/access'
import {
  scheduleActionLabels,
  scheduleActions,
  scheduleStateLabels,
  scheduleStates,
  scheduleTimeZone,
} from '@/shared/states/schedules'

/**
 * What is to be published or unpublished when, per document and language (src/cms/schedules).
 * Written only by the server: an editor schedules on the document itself (its `publishAt` and
 * `unpublishAt` fields), the runner carries it out and records how it went. Editors read the
 * list, including what was held or failed, in the admin and on their dashboard.
 */
export const Schedules: CollectionConfig = {
  slug: 'schedules',
  labels: {
    singular: { tr: 'Zamanlanmış işlem', en: 'Scheduled action' },
    plural: { tr: 'Zamanlanmış yayınlar', en: 'Scheduled publishing' },
  },
  admin: {
    group: { tr: 'Yönetim', en: 'Administration' },
    useAsTitle: 'documentTitle',
    defaultColumns: ['at', 'action', 'documentTitle', 'locale', 'state', 'requestedBy', 'outcome'],
    listSearchableFields: ['documentTitle', 'requestedBy'],
    hidden: ({ user }) => !editorsOnly({ req: { user } } as never),
  },
  defaultSort: '-at',
  graphQL: { singularName: 'ScheduledAction', pluralName: 'Schedules', disableMutations: true },
  access: { read: editorsOnly, create: nobody, update: nobody, delete: nobody, readVersions: nobody },
  indexes: [{ fields: ['state', 'at'] }],
  fields: [
    {
      name: 'at',
      type: 'date',
      required: true,
      index: true,
      label: { tr: 'Zaman', en: 'When' },
      admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd.MM.yyyy HH:mm' } },
      timezone: {
        defaultTimezone: scheduleTimeZone,
        supportedTimezones: [{ label: 'İstanbul', value: scheduleTimeZone }],
      },
    },
    {
      name: 'action',
      type: 'select',
      required: true,
      label: { tr: 'İşlem', en: 'Action' },
      options: scheduleActions.map((value) => ({ value, label: scheduleActionLabels[value] })),
    },
    {
      name: 'targetCollection',
      type: 'text',
      required: true,
      index: true,
      label: { tr: 'Koleksiyon', en: 'Collection' },
    },
    { name: 'document', type: 'text', required: true, index: true, label: { tr: 'Belge no.', en: 'Document id' } },
    { name: 'documentTitle', type: 'text', label: { tr: 'Belge', en: 'Document' } },
    // The code is stored; lists name the language in words ("İngilizce").
    {
      name: 'locale',
      type: 'text',
      required: true,
      label: { tr: 'Dil', en: 'Language' },
      admin: { components: { Cell: '/cms/admin/translation/LanguageCell' } },
    },
    {
      name: 'state',
      type: 'select',
      required: true,
      index: true,
      defaultValue: 'pending',
      label: { tr: 'Durum', en: 'State' },
      options: scheduleStates.map((value) => ({ value, label: scheduleStateLabels[value] })),
    },
    { name: 'requestedBy', type: 'text', label: { tr: 'Zamanlayan', en: 'Scheduled by' } },
    // Whom to tell when it is held or fails (src/cms/notifications): the name may not be unique.
    { name: 'requestedById', type: 'text', admin: { hidden: true } },
    // Why it was held or failed, or what was done.
    { name: 'outcome', type: 'text', label: { tr: 'Sonuç', en: 'Outcome' } },
    { name: 'carriedOutAt', type: 'date', label: { tr: 'Yapıldığı zaman', en: 'Carried out at' } },
    // The scheduled text's fingerprint (src/cms/schedules/fingerprint.ts): a draft changed
    // after scheduling is not published unreviewed.
    { name: 'fingerprint', type: 'text', admin: { hidden: true } },
  ],
}
