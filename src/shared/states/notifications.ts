/**
 * What people are told (src/cms/notifications, collections/Notifications): the kinds of
 * notification, how each person wants each kind by e-mail, and the defaults of issue 24's table.
 */
export const notificationKinds = [
  'review_requested',
  'changes_requested',
  'translation_published',
  'source_changed',
  'schedule_not_done',
  'broken_links',
  'comment',
] as const
export type NotificationKind = (typeof notificationKinds)[number]

export const isNotificationKind = (value: unknown): value is NotificationKind =>
  typeof value === 'string' && (notificationKinds as readonly string[]).includes(value)

/** immediately: an e-mail at once; daily: in the day's digest; off: only in the inbox. */
export const deliveries = ['immediately', 'daily', 'off'] as const
export type Delivery = (typeof deliveries)[number]

export const deliveryLabels: Record<Delivery, { tr: string; en: string }> = {
  immediately: { tr: 'Hemen', en: 'Immediately' },
  daily: { tr: 'Günlük özet', en: 'Daily digest' },
  off: { tr: 'E-posta yok', en: 'No e-mail' },
}

/**
 * The table's defaults. Broken links come from the weekly check: "immediately" sends the
 * check's result when it is done, once a week.
 */
export const defaultDelivery: Record<NotificationKind, Delivery> = {
  review_requested: 'immediately',
  changes_requested: 'immediately',
  translation_published: 'daily',
  source_changed: 'daily',
  schedule_not_done: 'immediately',
  broken_links: 'immediately',
  comment: 'immediately',
}

export const notificationKindLabels: Record<NotificationKind, { tr: string; en: string }> = {
  review_requested: { tr: 'Bir çeviri incelemeye gönderildi', en: 'A translation was sent to review' },
  changes_requested: { tr: 'Çevirinizde düzeltme istendi', en: 'Changes were requested on your translation' },
  translation_published: { tr: 'Çeviriniz yayımlandı', en: 'Your translation was published' },
  source_changed: {
    tr: 'Çevirdiğiniz metnin Türkçesi değişti',
    en: 'The Turkish of a text you translate changed',
  },
  schedule_not_done: {
    tr: 'Zamanladığınız işlem yapılamadı',
    en: 'An action you scheduled was not carried out',
  },
  broken_links: { tr: 'Bozuk kaynak bağlantıları', en: 'Broken resource links' },
  comment: { tr: 'Bir yorumda anıldınız ya da yorumunuz yanıtlandı', en: 'A comment mentions you or answers yours' },
}

/** The Users field that holds a person's choice for `kind`. */
export const preferenceField = (kind: NotificationKind) => `notify_${kind}` as const

/** The languages e-mails are written in: the admin's. */
export const mailLanguages = ['tr', 'en'] as const
export type MailLanguage = (typeof mailLanguages)[number]
