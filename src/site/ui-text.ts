import { localeCodes, type Locale } from '@/shared/locales'

/**
 * Texts of the public site's chrome. A language without its own entry here reads the
 * English texts until someone translates them; the content itself comes from the CMS,
 * and the longer site texts (introduction, footer, about, accessibility) are editable
 * there ("Site metinleri").
 */
const tr = {
  siteName: 'ROTA Reçeteleri',
  siteTagline: 'STGM Örgütsel Öz Değerlendirme Aracı',
  skipToContent: 'İçeriğe geç',
  languageSwitch: 'Dil seçimi',
  mainNav: 'Ana menü',
  breadcrumb: 'Bulunduğunuz yer',
  home: 'Ana sayfa',
  search: 'Arama',
  about: 'Hakkında',
  accessibility: 'Erişilebilirlik',
  question: 'Soru',
  choice: 'Seçenek',
  choices: 'Cevaplar ve reçeteler',
  advice: 'Reçete',
  resources: 'Kaynaklar',
  noAdvice: 'Bu cevap için henüz yayımlanmış bir reçete yok.',
  otherArea: 'Diğer sorular',
  questionsTitle: 'Sorular ve reçeteler',
  introTitle: 'Örgütünüzü güçlendirmek için reçeteler',
  intro:
    'ROTA, sivil toplum örgütlerinin kendi kapasitelerini değerlendirmesine yardım eder. Her sorunun her cevabı için STGM editörlerinin hazırladığı öneriler ve kaynaklar burada.',
  adviceLink: 'Reçeteyi ayrı sayfada aç',
  lastUpdated: 'Son güncelleme',
  otherChoices: 'Bu sorunun diğer cevapları',
  backToQuestion: 'Sorunun tüm cevapları',
  fallbackNote: 'Bu metin henüz bu dile çevrilmedi; Türkçe aslı gösteriliyor.',
  fallbackMark: '(Türkçe)',
  outdatedNote: (date: string) =>
    `Bu metnin Türkçe aslı ${date} tarihinde güncellendi; çeviri henüz bu değişikliği içermiyor olabilir.`,
  readTurkish: 'Türkçe aslını okuyun',
  resourcesTitle: 'Kaynak kütüphanesi',
  resourcesIntro: 'Reçetelerde önerilen kurslar, videolar, webinarlar ve rehberler.',
  libraryFilter: 'Kaynakları süz',
  kindLabel: 'Tür',
  allKinds: 'Bütün türler',
  areaLabel: 'Alan',
  allAreas: 'Bütün alanlar',
  filterButton: 'Göster',
  libraryCount: (from: number, to: number, total: number) =>
    total === 0 ? 'Bu seçime uyan kaynak yok.' : `${total} kaynaktan ${from}–${to} arası gösteriliyor.`,
  clearFilter: 'Bütün kaynakları göster',
  pages: 'Sayfalar',
  pageNumber: (n: number) => `Sayfa ${n}`,
  previousPage: 'Önceki sayfa',
  nextPage: 'Sonraki sayfa',
  citedBy: 'Bu kaynağı öneren reçeteler',
  noResources: 'Henüz yayımlanmış bir kaynak yok.',
  searchTitle: 'Reçetelerde ara',
  searchLabel: 'Aranacak sözcükler',
  searchButton: 'Ara',
  searchEmpty: 'Aramak istediğiniz sözcükleri yazın; örneğin “yönetim kurulu” ya da “sosyal medya”.',
  searchNone: 'Bu aramayla eşleşen bir sonuç bulunamadı. Daha kısa ya da farklı sözcükler deneyin.',
  searchResults: (count: number, query: string) => `“${query}” için ${count} sonuç`,
  searchFirst: (shown: number) =>
    `(en uygun ${shown} tanesi gösteriliyor; daha çok sözcükle aramayı daraltabilirsiniz)`,
  resultTypes: { question: 'Soru', choice: 'Cevap', advice: 'Reçete', resource: 'Kaynak' },
  notFoundTitle: 'Sayfa bulunamadı',
  notFoundText: 'Aradığınız soru ya da reçete yok veya henüz yayımlanmadı.',
  unavailableTitle: 'Sayfa şu anda gösterilemiyor',
  unavailableText: 'Sunucuda bir sorun var. Birkaç dakika sonra yeniden deneyin.',
  tryAgain: 'Yeniden dene',
  backHome: 'Ana sayfaya dön',
  footer: 'Sivil Toplum Geliştirme Merkezi (STGM)',
  previewBanner: 'Önizleme: yayımlanmamış taslaklar gösteriliyor.',
  previewExit: 'Önizlemeden çık',
  opensExternal: '(başka siteye gider)',
  linkFailed: (date: string) =>
    `Bu bağlantı ${date} tarihli denetimde açılmadı; kaynak taşınmış ya da kaldırılmış olabilir.`,
  sampleQuestion: 'Örnek soru',
  sampleQuestionHint:
    'ROTA’nın nasıl çalıştığını göstermek için yazılmış örnek içerik; STGM’nin gerçek sorularından değildir.',
}

type UiText = typeof tr

const en: UiText = {
  siteName: 'ROTA Advice',
  siteTagline: 'STGM Organisational Self-Assessment Tool',
  skipToContent: 'Skip to content',
  languageSwitch: 'Language',
  mainNav: 'Main menu',
  breadcrumb: 'You are here',
  home: 'Home',
  search: 'Search',
  about: 'About',
  accessibility: 'Accessibility',
  question: 'Question',
  choice: 'Choice',
  choices: 'Answers and advice',
  advice: 'Advice',
  resources: 'Resources',
  noAdvice: 'No advice has been published for this answer yet.',
  otherArea: 'Other questions',
  questionsTitle: 'Questions and advice',
  introTitle: 'Advice to strengthen your organisation',
  intro:
    'ROTA helps civil-society organisations assess their own capacity. Here is the advice and the resources STGM’s editors prepared for every answer to every question.',
  adviceLink: 'Open this advice on its own page',
  lastUpdated: 'Last updated',
  otherChoices: 'Other answers to this question',
  backToQuestion: 'All answers to the question',
  fallbackNote: 'This text has not been translated into English yet; the Turkish original is shown.',
  fallbackMark: '(in Turkish)',
  outdatedNote: (date: string) =>
    `The Turkish original of this text was updated on ${date}; this translation may not include the change yet.`,
  readTurkish: 'Read the Turkish original',
  resourcesTitle: 'Resource library',
  resourcesIntro: 'Courses, videos, webinars and guides recommended in the advice.',
  libraryFilter: 'Filter the resources',
  kindLabel: 'Kind',
  allKinds: 'All kinds',
  areaLabel: 'Area',
  allAreas: 'All areas',
  filterButton: 'Show',
  libraryCount: (from: number, to: number, total: number) =>
    total === 0 ? 'No resource matches this choice.' : `Showing ${from}–${to} of ${total} resources.`,
  clearFilter: 'Show all resources',
  pages: 'Pages',
  pageNumber: (n: number) => `Page ${n}`,
  previousPage: 'Previous page',
  nextPage: 'Next page',
  citedBy: 'Advice recommending this resource',
  noResources: 'No resources have been published yet.',
  searchTitle: 'Search the advice',
  searchLabel: 'Words to search for',
  searchButton: 'Search',
  searchEmpty: 'Type the words you are looking for, for example “board” or “social media”.',
  searchNone: 'Nothing matches this search. Try shorter or different words.',
  searchResults: (count: number, query: string) => `${count} result${count === 1 ? '' : 's'} for “${query}”`,
  searchFirst: (shown: number) => `(the best ${shown} are shown; add words to narrow the search)`,
  resultTypes: { question: 'Question', choice: 'Answer', advice: 'Advice', resource: 'Resource' },
  notFoundTitle: 'Page not found',
  notFoundText: 'The question or advice you are looking for does not exist or is not published yet.',
  unavailableTitle: 'This page cannot be shown right now',
  unavailableText: 'Something is wrong on the server. Try again in a few minutes.',
  tryAgain: 'Try again',
  backHome: 'Back to the home page',
  footer: 'Civil Society Development Centre (STGM)',
  previewBanner: 'Preview: unpublished drafts are shown.',
  previewExit: 'Leave preview',
  opensExternal: '(opens another site)',
  linkFailed: (date: string) =>
    `This link did not open when we checked it on ${date}; the resource may have moved or been removed.`,
  sampleQuestion: 'Sample question',
  sampleQuestionHint: 'Sample content written to show how ROTA works; not one of STGM’s actual questions.',
}

const dictionaries: Partial<Record<string, UiText>> = { tr, en }

/** The English texts for a language without its own dictionary: they must not say the page is English. */
const untranslatedSite: UiText = {
  ...en,
  fallbackNote: 'This text has not been translated into this language yet; the Turkish original is shown.',
}

export function uiText(locale: Locale): UiText {
  return dictionaries[locale] ?? untranslatedSite
}

/**
 * The languages the site's own texts are written in. A page made of them (home, resources,
 * about …) is offered to search engines in these only: in a language added without its
 * dictionary, those pages are English and Turkish, not that language.
 */
export const uiLanguages: Locale[] = localeCodes.filter((code) => dictionaries[code])

export function dateText(locale: Locale, iso: string): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(iso))
}
