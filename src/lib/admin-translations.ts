/**
 * Corrections to Payload's Turkish admin texts that STGM's editors see every day: the list
 * search box said "sort by", the publish button mixed languages ("English dilinde
 * yayınlayın."), some texts were untranslated or mistranslated ("Yerel hafızaya kopyala").
 */
export const adminTranslations = {
  tr: {
    authentication: { forceUnlock: 'Kilidi aç' },
    general: {
      searchBy: '{{label}} içinde ara',
      locale: 'İçerik dili',
      of: '/',
      welcome: 'Hoş geldiniz',
    },
    localization: {
      cannotCopySameLocale: 'Bir metin aynı dile kopyalanamaz.',
      copyFromTo: '{{from}} dilinden {{to}} diline kopyala',
      copyToLocale: 'Başka bir dile kopyala',
      localeToPublish: 'Yayımlanacak dil',
      selectedLocales: 'Seçilen diller',
      selectLocaleToCopy: 'Kopyalanacak dili seçin',
      selectLocaleToDuplicate: 'Çoğaltılacak dilleri seçin',
    },
    version: {
      publishIn: 'Yayımla: {{locale}}',
      confirmRevertToSaved: 'Kaydedilmiş hâline dönmeyi onaylayın',
      aboutToRevertToPublished:
        'Bu belgedeki değişiklikleri yayımlanmış hâline döndürmek üzeresiniz. Devam etmek istiyor musunuz?',
    },
  },
}
