/** The inbox's own words (collections/Notifications' list), in the admin's language. */
export const inboxTexts = {
  tr: {
    unread: 'Okunmadı',
    read: 'Okundu',
    open: 'Belgeyi aç',
    compare: 'Yayımdakiyle karşılaştır',
    markAll: 'Tümünü okundu say',
    marking: 'İşaretleniyor…',
    markFailed: 'Bildirimler işaretlenemedi; sayfayı yenileyip yeniden deneyin.',
  },
  en: {
    unread: 'Unread',
    read: 'Read',
    open: 'Open the document',
    compare: 'Compare with the published text',
    markAll: 'Mark all as read',
    marking: 'Marking…',
    markFailed: 'The notifications could not be marked; reload the page and try again.',
  },
}

export const inboxWords = (language: string) => (language === 'en' ? inboxTexts.en : inboxTexts.tr)
