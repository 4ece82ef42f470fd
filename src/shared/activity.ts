/**
 * What the activity log records (collections/ActivityLog): the actions, their names for the
 * people reading the log, and the context flag of a write whose caller records it itself.
 * Failed sign-ins are strangers' doing, not changes: they are counted apart
 * (collections/SignInFailures), so they can never crowd the changes out.
 */
export const activityActions = [
  'publish',
  'unpublish',
  'delete',
  'restore',
  'import',
  'user_created',
  'role_changed',
  'languages_changed',
  'schedule',
  'unschedule',
  'scheduled_publish',
  'scheduled_unpublish',
  'schedule_failed',
  'comment_added',
  'comment_resolved',
  'comment_reopened',
  'comment_deleted',
  'contributions_deleted',
] as const
export type ActivityAction = (typeof activityActions)[number]

export const activityActionLabels: Record<ActivityAction, { tr: string; en: string }> = {
  publish: { tr: 'Yayımlandı', en: 'Published' },
  unpublish: { tr: 'Yayından kaldırıldı', en: 'Unpublished' },
  delete: { tr: 'Silindi', en: 'Deleted' },
  restore: { tr: 'Eski sürüm geri yüklendi', en: 'Version restored' },
  import: { tr: 'İçe aktarma', en: 'Import' },
  user_created: { tr: 'Kullanıcı oluşturuldu', en: 'User created' },
  role_changed: { tr: 'Rol değişti', en: 'Role changed' },
  languages_changed: { tr: 'Çeviri dilleri değişti', en: 'Languages changed' },
  schedule: { tr: 'Zamanlandı', en: 'Scheduled' },
  unschedule: { tr: 'Zamanlama kaldırıldı', en: 'Schedule removed' },
  scheduled_publish: { tr: 'Zamanında yayımlandı', en: 'Published on schedule' },
  scheduled_unpublish: { tr: 'Zamanında yayından kaldırıldı', en: 'Unpublished on schedule' },
  schedule_failed: { tr: 'Zamanlanmış işlem yapılamadı', en: 'Scheduled action not carried out' },
  comment_added: { tr: 'Yorum yazıldı', en: 'Comment written' },
  comment_resolved: { tr: 'Yorum çözüldü', en: 'Comment resolved' },
  comment_reopened: { tr: 'Yorum yeniden açıldı', en: 'Comment reopened' },
  comment_deleted: { tr: 'Yorum silindi', en: 'Comment deleted' },
  contributions_deleted: { tr: 'Anonim katkılar silindi', en: 'Anonymous contributions deleted' },
}

/**
 * Set in a write's context by a caller that records the write in the activity log itself
 * (the import records one entry per run, with its counts, not one per document).
 */
export const activityRecordedByCaller = 'activityRecordedByCaller'

/** The entry's one line for lists and searches: "Yayımlandı · Reçete: Soru 16 · Seçenek 2 · tr". */
export const activitySummary = (action: ActivityAction, ...parts: Array<string | null | undefined>): string =>
  [activityActionLabels[action].tr, ...parts].filter(Boolean).join(' · ')

/** Who did it when nobody was signed in: the first start, a command-line tool. */
export const systemPerson = 'Sistem'

/**
 * How an entry of failed sign-ins names what the stranger typed: the account's stored address
 * when it is an existing account, otherwise these words, never the typed text itself.
 */
export const unknownAccount = 'bilinmeyen hesap'
/** The address of a request whose client address is not an IP address (no server edge in front). */
export const unknownAddress = 'bilinmeyen adres'
/** A minute's entry for the attempts beyond the entries one minute or day may add. */
export const otherAddresses = 'diğer adresler'
export const variousAccounts = 'çeşitli hesaplar'
