import { messages } from '@/cms/messages'

/**
 * Corrections to Payload's Turkish admin texts that STGM's editors see every day: the list
 * search box said "sort by", the publish button mixed languages ("English dilinde
 * yayınlayın."), "unpublished successfully" read "could not be published" ("Başarıyla
 * yayınlanmadı."), languages were "yerel ayar" (the operating system's "locale") and a
 * document was "döküman", a few texts were left in English or Capitalised Like English.
 * Publishing is "yayımlamak" (TDK), as on the public site.
 */
export const adminTranslations = {
  tr: {
    authentication: {
      changePassword: 'Parolayı değiştir',
      // The admin says "parola" everywhere; Payload's forgot-password page said "şifre".
      checkYourEmailForPasswordReset:
        'Bu e-posta adresi bir hesaba aitse parolanızı sıfırlama bağlantısı birkaç dakika içinde gelir. Gelen kutunuzda göremezseniz istenmeyen e-posta klasörüne de bakın.',
      confirmPassword: 'Parolayı onaylayın',
      emailOrUsername: 'E-posta ya da kullanıcı adı',
      forceUnlock: 'Kilidi aç',
      forgotPassword: 'Parolamı unuttum',
      lockUntil: 'Kilit bitişi',
      loginAttempts: 'Giriş denemeleri',
      newPassword: 'Yeni parola',
      resetPassword: 'Parolayı sıfırla',
      resetYourPassword: 'Parolanızı sıfırlayın',
      username: 'Kullanıcı adı',
    },
    error: {
      // A wrong password, an unknown address and a locked account read alike (src/cms/messages.ts).
      emailOrPasswordIncorrect: messages.signInFailed.tr,
      userLocked: messages.signInFailed.tr,
      loadingDocument: '{{id}} kimlikli belge yüklenirken bir sorun oluştu.',
      localesNotSaved_one: 'Şu dil kaydedilemedi:',
      localesNotSaved_other: 'Şu diller kaydedilemedi:',
      missingIDOfDocument: 'Güncellenecek belgenin kimliği eksik.',
      missingIDOfVersion: 'Sürüm kimliği geçersiz.',
      unPublishingDocument: 'Belge yayından kaldırılırken bir sorun oluştu.',
      // Also shown to signed-in users who lack the right, e.g. a translator opening "create".
      unauthorized: 'Bu işlem için yetkiniz yok.',
      autosaving: 'Otomatik kayıt yapılamadı.',
    },
    fields: {
      chooseBetweenCustomTextOrDocument: 'Bir web adresi yazın ya da bu sitedeki bir belgeye bağlantı verin.',
      chooseDocumentToLink: 'Bağlantı verilecek belgeyi seçin.',
      editLink: 'Bağlantıyı düzenle',
      relatedDocument: 'İlişkili belge',
    },
    general: {
      adminTheme: 'Yönetim paneli görünümü',
      submissionSuccessful: 'Gönderildi.',
      username: 'Kullanıcı adı',
      fallbackToDefaultLocale: 'Varsayılan dile (Türkçe) geri dön',
      locale: 'İçerik dili',
      noResults: '{{label}} listesi boş: ya henüz kayıt eklenmedi ya da seçtiğiniz filtrelere uyan kayıt yok.',
      noResultsFound: 'Sonuç yok.',
      of: '/',
      restoreAsPublished: 'Yayımlanmış sürüm olarak geri yükle',
      schedulePublishFor: '{{title}} için yayım zamanı belirleyin',
      // Payload appends "or <field>" for a second searchable field: "Ara: Seçenek metni ya da Başlık".
      or: 'ya da',
      searchBy: 'Ara: {{label}}',
      // The date picker's time column (patches/@payloadcms+ui+…) and the schedules' time: a clock time.
      time: 'Saat',
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
      aboutToPublishSelection: 'Seçilen tüm {{label}} kayıtlarını yayımlamak üzeresiniz. Emin misiniz?',
      aboutToRestore: '{{label}} belgesi {{versionDate}} tarihindeki sürümüne döndürülecek.',
      aboutToRevertToPublished:
        'Bu belgedeki değişiklikleri yayımlanmış hâline döndürmek üzeresiniz. Devam etmek istiyor musunuz?',
      aboutToUnpublish: 'Bu belgeyi yayından kaldırmak üzeresiniz. Devam etmek istiyor musunuz?',
      aboutToUnpublishSelection: 'Seçilen tüm {{label}} kayıtlarını yayından kaldırmak üzeresiniz. Emin misiniz?',
      confirmPublish: 'Yayımlamayı onaylayın',
      autosave: 'Otomatik kayıt',
      autosavedSuccessfully: 'Otomatik olarak kaydedildi',
      confirmRevertToSaved: 'Yayımlanmış hâline dönmeyi onaylayın',
      confirmUnpublish: 'Yayından kaldırmayı onaylayın',
      confirmVersionRestoration: 'Sürüme dönmeyi onaylayın',
      currentDocumentStatus: 'Belgenin durumu: {{docStatus}}',
      currentlyPublished: 'Şu anda yayımda',
      currentPublishedVersion: 'Yayımdaki sürüm',
      draftHasPublishedVersion: 'Taslak (yayımlanmış bir sürümü var)',
      lastSavedAgo: '{{distance}} önce kaydedildi',
      moreVersions: 'Daha fazla sürüm…',
      previouslyDraft: 'Önceden taslak',
      previouslyPublished: 'Önceden yayımlanmış',
      publish: 'Yayımla',
      publishAllLocales: 'Tüm dillerde yayımla',
      publishChanges: 'Değişiklikleri yayımla',
      published: 'Yayımlandı',
      publishIn: 'Yayımla: {{locale}}',
      publishing: 'Yayımlanıyor',
      revertToPublished: 'Yayımlanmış hâline dön',
      schedulePublish: 'Yayımı planla',
      selectLocales: 'Gösterilecek dilleri seçin',
      showLocales: 'Gösterilen diller:',
      unpublish: 'Yayından kaldır',
      unpublished: 'Yayımlanmamış',
      unpublishedSuccessfully: 'Yayından kaldırıldı.',
      unpublishIn: 'Yayından kaldır: {{locale}}',
    },
  },
  en: {
    error: {
      emailOrPasswordIncorrect: messages.signInFailed.en,
      userLocked: messages.signInFailed.en,
    },
  },
}
