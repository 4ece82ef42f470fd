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

/** What the editor can do about a schedule that was not carried out (held or failed). */
export const scheduleWayOut: Record<'held' | 'failed', { tr: string; en: string }> = {
  held: {
    tr: 'Taslağı gözden geçirip yeni bir zaman kaydedin ya da elle yayımlayın.',
    en: 'Review the draft and save a new time, or publish it by hand.',
  },
  failed: {
    tr: 'Nedenini giderip yeni bir zaman kaydedin ya da işlemi elle yapın.',
    en: 'Deal with the reason and save a new time, or do it by hand.',
  },
}

// The Turkish locative after a number read aloud, by its last word: "bir'de", "üç'te", "altı'da";
// "on'da", "yirmi'de", "otuz'da", "kırk'ta", "elli'de"; "sıfır'da".
const afterOnes = ['da', 'de', 'de', 'te', 'te', 'te', 'da', 'de', 'de', 'da']
const afterTens = ['da', 'da', 'de', 'da', 'ta', 'de']

/** The locative suffix for a number as spoken: `10` → "da" (on'da), `15` → "te" (on beş'te). */
export function locativeOfNumber(n: number): string {
  if (n % 10 !== 0) return afterOnes[n % 10]
  if (n === 0) return afterOnes[0]
  return afterTens[(n / 10) % 10] ?? 'de'
}

/**
 * "10:30'da", "1 Aralık 2026 10:15'te": a time (ending in HH:mm) with the Turkish "at" suffix,
 * which follows how the time is read: its minutes, or its hour when the minutes are 00.
 */
export function atTimeTr(text: string): string {
  const match = /(\d{1,2})[:.](\d{2})\s*$/.exec(text)
  if (!match) return `${text} tarihinde`
  const [hour, minutes] = [Number(match[1]), Number(match[2])]
  return `${text.trimEnd()}'${locativeOfNumber(minutes !== 0 ? minutes : hour)}`
}
