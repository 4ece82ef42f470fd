import type { TranslationState } from '@/shared/states/translation-states'
import type { ParagraphTotals } from '@/cms/translation-status/read'
import { percentSuffix } from '@/shared/text/turkish-numbers'

const texts = {
  tr: {
    states: { missing: 'Çevrilmedi', outdated: 'Güncel değil', current: 'Güncel' } satisfies Record<
      TranslationState,
      string
    >,
    heading: 'Çeviri durumu',
    turkishChanged: (date: string) => `Türkçe metin ${date} tarihinde değişti; çeviri bu değişiklikten önce yapıldı.`,
    translatedAt: (date: string) => `Çeviri ${date} tarihinde kaydedildi.`,
    confirm: 'Türkçe değişikliği çeviriyi etkilemiyor',
    confirmHelp: 'Çeviriyi değiştirmeden güncel sayar.',
    confirmed: 'Çeviri güncel sayıldı.',
    changesHeading: 'Çeviri yapıldıktan sonra Türkçede değişenler',
    changesUnknown:
      'Çevirinin yapıldığı Türkçe metin artık saklanmıyor; değişiklikleri görmek için Sürümler sekmesindeki karşılaştırmayı kullanın.',
    removed: 'çıkarıldı',
    added: 'eklendi',
    panelHeading: (language: string) => `${language} çeviriler`,
    all: 'Tümü',
    worklistHeading: 'Sıradaki işleriniz',
    filterHeading: (language: string) => `${language} çeviri durumu:`,
    paragraphsChanged: (total: number, changed: number) =>
      `${total} paragraftan ${changed}${percentSuffix(changed)} değişti`,
    outdatedSummary: (documents: number, { total, changed, uncounted }: ParagraphTotals) =>
      documents === 0
        ? 'Güncel olmayan çeviri yok.'
        : `${documents} belge güncel değil` +
          (documents > uncounted ? ` · ${total} paragraftan ${changed}${percentSuffix(changed)} değişti` : '') +
          (uncounted ? ` (${uncounted} belgede paragraflar karşılaştırılamadı)` : ''),
    paragraphsHeading: 'Çeviri yapıldıktan sonra Türkçesi değişen paragraflar',
    paragraphsIntro: (total: number, changed: number) =>
      `${total} paragraftan ${changed}${percentSuffix(changed)} değişti; yalnızca bunların çevirisine bakmanız yeterli, diğer paragraflar olduğu gibi kalabilir.`,
    turkishBefore: 'Çeviri yapılırken Türkçesi',
    turkishNow: 'Türkçesi şimdi',
    translationNow: 'Şimdiki çeviri',
    addedParagraph: 'Türkçeye eklenen yeni paragraf: çeviride karşılığı yok.',
    removedParagraph: 'Bu paragraf Türkçeden çıkarıldı: çeviriden de çıkarın.',
    formatOnly: 'Yalnızca biçimi (kalın, italik, bağlantı) değişti.',
    noTranslation: '(çeviride bu konumda paragraf yok)',
  },
  en: {
    states: { missing: 'Not translated', outdated: 'Outdated', current: 'Current' } satisfies Record<
      TranslationState,
      string
    >,
    heading: 'Translation status',
    turkishChanged: (date: string) => `The Turkish text changed on ${date}, after this translation was made.`,
    translatedAt: (date: string) => `Translation saved on ${date}.`,
    confirm: 'The Turkish change does not affect the translation',
    confirmHelp: 'Marks the translation current without changing it.',
    confirmed: 'The translation is marked current.',
    changesHeading: 'What changed in the Turkish since the translation was made',
    changesUnknown:
      'The Turkish text this translation was made from is no longer kept; use the comparison in the Versions tab to see the changes.',
    removed: 'removed',
    added: 'added',
    panelHeading: (language: string) => `${language} translations`,
    all: 'All',
    worklistHeading: 'Your next work',
    filterHeading: (language: string) => `${language} translation status:`,
    paragraphsChanged: (total: number, changed: number) =>
      `${changed} of ${total} ${total === 1 ? 'paragraph' : 'paragraphs'} changed`,
    outdatedSummary: (documents: number, { total, changed, uncounted }: ParagraphTotals) =>
      documents === 0
        ? 'No outdated translations.'
        : `${documents} ${documents === 1 ? 'document' : 'documents'} outdated` +
          (documents > uncounted
            ? ` · ${changed} of ${total} ${total === 1 ? 'paragraph' : 'paragraphs'} changed`
            : '') +
          (uncounted ? ` (paragraphs not compared in ${uncounted} ${uncounted === 1 ? 'document' : 'documents'})` : ''),
    paragraphsHeading: 'Paragraphs whose Turkish changed since the translation was made',
    paragraphsIntro: (total: number, changed: number) =>
      `${changed} of ${total} ${total === 1 ? 'paragraph' : 'paragraphs'} changed; only these need a look, the others can stay as they are.`,
    turkishBefore: 'Turkish when translated',
    turkishNow: 'Turkish now',
    translationNow: 'Translation now',
    addedParagraph: 'A new paragraph in the Turkish: the translation has nothing for it yet.',
    removedParagraph: 'This paragraph was removed from the Turkish: remove it from the translation too.',
    formatOnly: 'Only its formatting (bold, italics, a link) changed.',
    noTranslation: '(no paragraph at this place in the translation)',
  },
}

export const translationStatusTexts = (language: string) => (language === 'en' ? texts.en : texts.tr)

/** The admin list's filter for "documents in this state in this language". */
export const translationFilter = (collection: string, locale: string, state: TranslationState) =>
  `/admin/collections/${collection}?where[translationStatus.${locale}][equals]=${state}`
