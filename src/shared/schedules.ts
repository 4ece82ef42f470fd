/**
 * Scheduled publishing (src/cms/schedules, collections/Schedules): what can be scheduled, the
 * states a schedule goes through, and their names for the people reading them.
 */
export const scheduleActions = ['publish', 'unpublish'] as const
export type ScheduleAction = (typeof scheduleActions)[number]

/** The document field that asks for each action, per language: `{ "publishAt": "<ISO date>" }`. */
export const scheduleFields: Record<ScheduleAction, 'publishAt' | 'unpublishAt'> = {
  publish: 'publishAt',
  unpublish: 'unpublishAt',
}

export const scheduleActionLabels: Record<ScheduleAction, { tr: string; en: string }> = {
  publish: { tr: 'Yayımla', en: 'Publish' },
  unpublish: { tr: 'Yayından kaldır', en: 'Unpublish' },
}

/**
 * - pending: waiting for its time;
 * - done: carried out;
 * - held: not carried out because the draft changed after it was scheduled (it would have
 *   published text nobody scheduled); the editor reviews it and schedules again;
 * - failed: the publish itself failed (a rule, a missing document); the reason is kept;
 * - cancelled: the editor cleared or replaced it, or published by hand first.
 */
export const scheduleStates = ['pending', 'done', 'held', 'failed', 'cancelled'] as const
export type ScheduleState = (typeof scheduleStates)[number]

export const scheduleStateLabels: Record<ScheduleState, { tr: string; en: string }> = {
  pending: { tr: 'Bekliyor', en: 'Pending' },
  done: { tr: 'Yapıldı', en: 'Done' },
  held: { tr: 'Bekletildi: taslak değişti', en: 'Held: the draft changed' },
  failed: { tr: 'Başarısız', en: 'Failed' },
  cancelled: { tr: 'İptal edildi', en: 'Cancelled' },
}

/** STGM works in Istanbul: the admin shows and takes schedule times in its time zone. */
export const scheduleTimeZone = 'Europe/Istanbul'

/** "1 Aralık 2026 10:00" in Istanbul time, for lists and messages. */
export const istanbulTime = (iso: string | Date, locale: 'tr' | 'en' = 'tr'): string =>
  new Intl.DateTimeFormat(locale === 'tr' ? 'tr-TR' : 'en-GB', {
    timeZone: scheduleTimeZone,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso))

/** Why a schedule ended as it did: kept with it, shown to editors in Turkish as the log is. */
export const scheduleOutcomes = {
  published: 'Zamanında yayımlandı.',
  unpublished: 'Zamanında yayından kaldırıldı.',
  alreadyOff: 'Belge zaten yayında değildi; bir şey değişmedi.',
  draftChanged:
    'Taslak, zamanlandıktan sonra değişti; gözden geçirilmemiş metin yayımlanmadı. Taslağı gözden geçirip yeni bir zaman kaydedin ya da elle yayımlayın.',
  deleted: 'Belge silindi.',
  unreadableTime:
    'Kayıtlı zaman okunamadı ya da geçerli tarih aralığının dışında; işlem yapılmadı. Belgede geçerli bir zaman kaydedin.',
  replaced: 'Yeni bir zamanla değiştirildi.',
  doneByHand: 'Elle yayımlandı ya da yayından kaldırıldı.',
  cleared: 'Zaman silindi.',
} as const
