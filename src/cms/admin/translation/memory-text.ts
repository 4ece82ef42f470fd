/** The translation memory's suggestions in the translation form, in the admin's language. */
const texts = {
  tr: {
    heading: 'Çeviri belleği',
    untranslatedHeading: 'Çeviri belleğinden öneriler',
    untranslatedIntro:
      'Bu belgenin Türkçe paragraflarına benzeyen, başka yerlerde daha önce yayımlanmış çeviriler. Yalnızca öneri bulunan paragraflar gösterilir.',
    exact: '%100 eşleşme',
    fuzzy: (score: number) => `%${score} benzer`,
    loading: 'Çeviri belleğine bakılıyor…',
    none: 'Çeviri belleğinde benzer paragraf yok.',
    failed: 'Çeviri belleğine ulaşılamadı.',
    memorySource: 'Bellekteki Türkçesi',
    onlyInMemory: 'yalnızca bellekteki Türkçede',
    onlyHere: 'yalnızca bu paragrafta',
    insert: 'Ekle',
    insertHelp: 'Öneriyi çeviride bu paragrafın yerine koyar; Ctrl+Z ile geri alınır.',
    inserted: 'Öneri çeviride bu paragrafın yerine kondu.',
    noPlace: 'Bu paragraf çeviride artık o yerde değil: öneri eklenmedi.',
    copied: 'Öneri panoya kopyalandı: yapıştırmak için paragrafı seçin',
    copyFailed: 'Tarayıcı panoya kopyalamaya izin vermedi: öneriyi seçip kendiniz kopyalayın.',
  },
  en: {
    heading: 'Translation memory',
    untranslatedHeading: 'Suggestions from the translation memory',
    untranslatedIntro:
      'Translations published elsewhere of paragraphs like the Turkish paragraphs of this document. Only paragraphs with a suggestion are shown.',
    exact: '100% match',
    fuzzy: (score: number) => `${score}% similar`,
    loading: 'Looking in the translation memory…',
    none: 'No similar paragraph in the translation memory.',
    failed: 'The translation memory could not be reached.',
    memorySource: 'Its Turkish in the memory',
    onlyInMemory: 'only in the Turkish in the memory',
    onlyHere: 'only in this paragraph',
    insert: 'Insert',
    insertHelp: 'Puts the suggestion in place of this paragraph in the translation; Ctrl+Z undoes it.',
    inserted: 'The suggestion took the place of this paragraph in the translation.',
    noPlace: 'This paragraph is no longer at that place in the translation: nothing was inserted.',
    copied: 'The suggestion was copied to the clipboard: select the paragraph to paste it',
    copyFailed: 'The browser did not allow copying to the clipboard: select the suggestion and copy it yourself.',
  },
}

export type MemoryTexts = (typeof texts)['tr']

export const memoryTexts = (language: string): MemoryTexts => (language === 'en' ? texts.en : texts.tr)
