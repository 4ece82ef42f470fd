import type { Locale } from './locales'

/**
 * Texts of the public site's chrome. A language without its own entry here reads the
 * English texts until someone translates them; the content itself comes from the CMS.
 */
const dictionaries = {
  tr: {
    siteName: 'ROTA Reçeteleri',
    siteTagline: 'STGM Örgütsel Öz Değerlendirme Aracı',
    skipToContent: 'İçeriğe geç',
    languageSwitch: 'Dil',
    home: 'Ana sayfa',
    question: 'Soru',
    choice: 'Seçenek',
    choices: 'Seçenekler',
    advice: 'Reçete',
    resources: 'Kaynaklar',
    noAdvice: 'Bu seçenek için henüz yayımlanmış bir reçete yok.',
    otherArea: 'Diğer sorular',
    questionsTitle: 'Sorular ve reçeteler',
    introTitle: 'Örgütünüzü güçlendirmek için reçeteler',
    intro:
      'ROTA, sivil toplum örgütlerinin kendi kapasitelerini değerlendirmesine yardım eder. Her sorunun her cevabı için STGM editörlerinin hazırladığı öneriler ve kaynaklar burada.',
    notFoundTitle: 'Sayfa bulunamadı',
    notFoundText: 'Aradığınız soru ya da reçete yok veya henüz yayımlanmadı.',
    backHome: 'Ana sayfaya dön',
    footer: 'Sivil Toplum Geliştirme Merkezi (STGM)',
  },
  en: {
    siteName: 'ROTA Advice',
    siteTagline: 'STGM Organisational Self-Assessment Tool',
    skipToContent: 'Skip to content',
    languageSwitch: 'Language',
    home: 'Home',
    question: 'Question',
    choice: 'Choice',
    choices: 'Choices',
    advice: 'Advice',
    resources: 'Resources',
    noAdvice: 'No advice has been published for this choice yet.',
    otherArea: 'Other questions',
    questionsTitle: 'Questions and advice',
    introTitle: 'Advice to strengthen your organisation',
    intro:
      'ROTA helps civil-society organisations assess their own capacity. Here is the advice and the resources STGM’s editors prepared for every answer to every question.',
    notFoundTitle: 'Page not found',
    notFoundText: 'The question or advice you are looking for does not exist or is not published yet.',
    backHome: 'Back to the home page',
    footer: 'Civil Society Development Centre (STGM)',
  },
} satisfies Record<string, Record<string, string>>

export type UiText = (typeof dictionaries)['tr']

export function uiText(locale: Locale): UiText {
  return (dictionaries as Record<string, UiText>)[locale] ?? dictionaries.en
}
