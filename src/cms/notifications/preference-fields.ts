import type { Field } from 'payload'

import { isEditor, isTranslator } from '@/shared/roles'
import {
  defaultDelivery,
  deliveries,
  deliveryLabels,
  mailLanguages,
  notificationKindLabels,
  notificationKinds,
  preferenceField,
  type NotificationKind,
} from '@/shared/states/notifications'

/** The kinds a role is ever told about: only those are offered on the account page. */
const editorsKinds: readonly NotificationKind[] = ['review_requested', 'schedule_not_done', 'broken_links', 'comment']
const translatorsKinds: readonly NotificationKind[] = [
  'changes_requested',
  'translation_published',
  'source_changed',
  'comment',
]

const offered = (kind: NotificationKind, data: { role?: unknown } | undefined) =>
  isEditor(data as never) ? editorsKinds.includes(kind) : isTranslator(data as never) && translatorsKinds.includes(kind)

/**
 * On the account page ("Hesap"): the language of one's e-mails, and per kind of notification
 * whether it comes at once, in the daily digest or not by e-mail (it is in "Bildirimler" either
 * way). Each person changes their own (the Users access rules); the unsubscribe link in every
 * e-mail turns one kind off without signing in (src/cms/notifications/unsubscribe.ts).
 */
export const notificationPreferenceFields: Field[] = [
  {
    type: 'collapsible',
    label: { tr: 'E-posta bildirimleri', en: 'E-mail notifications' },
    fields: [
      {
        name: 'mailLanguage',
        type: 'select',
        defaultValue: 'tr',
        label: { tr: 'E-postaların dili', en: 'Language of e-mails' },
        options: mailLanguages.map((value) => ({
          value,
          label: value === 'tr' ? { tr: 'Türkçe', en: 'Turkish' } : { tr: 'İngilizce', en: 'English' },
        })),
      },
      ...notificationKinds.map((kind): Field => ({
        name: preferenceField(kind),
        type: 'select',
        defaultValue: defaultDelivery[kind],
        label: notificationKindLabels[kind],
        options: deliveries.map((value) => ({ value, label: deliveryLabels[value] })),
        admin: { condition: (data) => offered(kind, data) },
      })),
    ],
  },
]
