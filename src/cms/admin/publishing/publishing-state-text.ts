import type { PublishingState } from '@/shared/states/publishing-states'
import { isLocale, localeName } from '@/shared/locales'

const texts = {
  tr: {
    heading: 'Yayın durumu',
    live: 'Yayında',
    never: 'Taslak: hiç yayımlanmadı',
    off: 'Yayında değil (yayından kaldırıldı)',
    pending: (languages: string) => `bekleyen değişiklik: ${languages}`,
    shared: 'bütün diller (numara, bağlantı)',
  },
  en: {
    heading: 'Publishing status',
    live: 'Published',
    never: 'Draft: never published',
    off: 'Not published (unpublished)',
    pending: (languages: string) => `changes waiting: ${languages}`,
    shared: 'all languages (number, relation)',
  },
}

export const publishingStateHeading = (language: string) => texts[language === 'en' ? 'en' : 'tr'].heading

/**
 * "Yayında · bekleyen değişiklik: İngilizce": what readers see, and which languages have a
 * draft they do not see yet, in the admin's language.
 */
export function publishingStateText(state: PublishingState | null | undefined, language: string): string {
  if (!state) return ''
  const t = texts[language === 'en' ? 'en' : 'tr']
  if (!state.live) return state.everPublished ? t.off : t.never
  const waiting = [
    ...state.pending.map((code) => (isLocale(code) ? localeName(code, language) : code)),
    ...(state.shared.length ? [t.shared] : []),
  ]
  return waiting.length ? `${t.live} · ${t.pending(waiting.join(', '))}` : t.live
}
