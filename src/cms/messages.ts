import type { PayloadRequest } from 'payload'

import { formatNumber, limits } from '@/shared/limits'

/**
 * Messages this project adds to the CMS (validation, refusals). Turkish is the admin's
 * default language; English is shown to people who chose English in their account.
 */
export type Message = { tr: string; en: string }

export function localize(req: Pick<PayloadRequest, 'i18n'> | undefined, message: Message): string {
  return req?.i18n?.language === 'en' ? message.en : message.tr
}

export const messages = {
  /** The admin's error page (src/app/global-error.tsx) when /api/health says the database does not answer. */
  databaseUnreachableTitle: { tr: 'Veritabanına ulaşılamıyor', en: 'The database cannot be reached' },
  databaseUnreachable: {
    tr: 'Yönetim paneli şu anda veritabanına bağlanamıyor; bu, sizin yaptığınız bir şeyden kaynaklanmıyor. Okuyucular bu sırada sitenin önceden hazırlanmış sayfalarını görmeye devam eder. Birkaç dakika sonra yeniden deneyin; sorun sürerse sistem yöneticinize haber verin.',
    en: 'The admin cannot connect to the database right now; nothing you did caused this. Readers meanwhile still get the pages the site has already prepared. Try again in a few minutes; if it persists, tell your system administrator.',
  },
  /** The admin's error page for any other failure on the server. */
  adminPageFailedTitle: { tr: 'Sayfa açılamadı', en: 'The page could not be opened' },
  adminPageFailed: {
    tr: 'Sunucuda bir hata oluştu. Yeniden deneyin; sorun sürerse sistem yöneticinize haber verin.',
    en: 'Something went wrong on the server. Try again; if it persists, tell your system administrator.',
  },
  tryAgain: { tr: 'Yeniden dene', en: 'Try again' },
  publishTogetherEditorsOnly: {
    tr: 'Yayımlamak editörlerin işidir. Bir editöre başvurun.',
    en: 'Publishing is an editor’s task. Ask an editor.',
  },
  publishTogetherUnknown: {
    tr: 'Böyle bir soru, seçenek ya da reçete yok. Adresteki koleksiyonu ve belge kimliğini denetleyin.',
    en: 'No such question, choice or advice. Check the collection and the document id in the address.',
  },
  publishTogetherFailed: {
    tr: 'Birlikte yayımlama yarıda kaldı; yayımlanamayan belgeyi açıp hatasını giderin, sonra yeniden deneyin.',
    en: 'Publishing together stopped part way; open the document that could not be published, fix it and try again.',
  },
  translatorsSaveDrafts: {
    tr: 'Çevirmenler yalnızca taslak kaydedebilir. Yayımlamak için bir editöre başvurun.',
    en: 'Translators can only save drafts. Ask an editor to publish.',
  },
  translatorsCannotSchedule: {
    tr: 'Yayımlamayı ya da yayından kaldırmayı zamanlamak editörlerin işidir. Bir editöre başvurun.',
    en: 'Scheduling a publish or an unpublish is an editor’s task. Ask an editor.',
  },
  translatorsCannotRestore: {
    tr: 'Eski bir sürümü geri yüklemek editörlerin işidir. Bir editöre başvurun.',
    en: 'Restoring an earlier version is an editor’s task. Ask an editor.',
  },
  siteTextsRestoreAsDraft: {
    tr: 'Site metinlerinin eski bir sürümü taslak olarak geri yüklenemez: bu, yayındaki metinleri sitede gizler. Sürümü yayımlanmış olarak geri yükleyin ya da metni kopyalayıp taslak olarak kaydedin.',
    en: 'An earlier version of the site texts cannot be restored as a draft: that would hide the live texts on the site. Restore it as published, or copy its text and save it as a draft.',
  },
  bulkWriteNeedsStatus: {
    tr: 'Toplu güncellemede ya taslak olarak kaydedin (draft=true) ya da _status alanını açıkça belirtin.',
    en: 'A bulk update must either be saved as a draft (draft=true) or state _status explicitly.',
  },
  choiceNumberTaken: {
    tr: 'Bu sorunun bu numaralı bir seçeneği zaten var. Başka bir numara seçin.',
    en: 'This question already has a choice with this number. Choose another number.',
  },
  choiceHasAdvice: {
    tr: 'Bu seçeneğin zaten bir reçetesi var. Var olan reçeteyi düzenleyin.',
    en: 'This choice already has advice. Edit the existing advice instead.',
  },
  questionNumberTaken: {
    tr: 'Bu numarayla bir soru zaten var. Başka bir numara seçin.',
    en: 'A question with this number already exists. Choose another number.',
  },
  resourceUrlTaken: {
    tr: 'Bu bağlantı zaten bir kaynak olarak kayıtlı. Var olan kaynağı kullanın.',
    en: 'This link is already recorded as a resource. Use the existing resource.',
  },
  unsafeLink: {
    tr: 'Metinde güvenli olmayan bir bağlantı var: yalnızca http(s), mailto: ve tel: bağlantılarına izin verilir. Bağlantıyı düzeltin ya da kaldırın.',
    en: 'The text has an unsafe link: only http(s), mailto: and tel: links are allowed. Correct or remove the link.',
  },
  urlInvalid: {
    tr: 'Geçerli bir http(s) bağlantısı girin, ör. https://www.stgm.org.tr/…',
    en: 'Enter a valid http(s) link, e.g. https://www.stgm.org.tr/…',
  },
  questionHasChoices: {
    tr: 'Bu sorunun seçenekleri var. Soruyu silmeden önce seçeneklerini silin.',
    en: 'This question has choices. Delete its choices before deleting the question.',
  },
  choiceHasAdviceOnDelete: {
    tr: 'Bu seçeneğin bir reçetesi var. Seçeneği silmeden önce reçetesini silin.',
    en: 'This choice has advice. Delete the advice before deleting the choice.',
  },
  levelInUseOnDelete: {
    tr: 'Bu düzey bazı seçeneklerde kullanılıyor. Silmeden önce o seçeneklerden kaldırın.',
    en: 'Some choices use this level. Remove it from them before deleting it.',
  },
  contentNumber: {
    tr: `${formatNumber(limits.contentNumber.min)} ile ${formatNumber(limits.contentNumber.max)} arasında bir tam sayı girin (sitenin adreslerindeki numaralar bu aralıktadır).`,
    en: `Enter a whole number from ${formatNumber(limits.contentNumber.min, 'en')} to ${formatNumber(limits.contentNumber.max, 'en')} (the range of the numbers in the site's addresses).`,
  },
  orderNumber: {
    tr: `${formatNumber(limits.order.min)} ile ${formatNumber(limits.order.max)} arasında bir tam sayı girin.`,
    en: `Enter a whole number from ${formatNumber(limits.order.min, 'en')} to ${formatNumber(limits.order.max, 'en')}.`,
  },
  richTextTooDeep: {
    tr: `Metin çok derin iç içe (en fazla ${limits.richTextDepth} düzey): listeleri ve alıntıları sadeleştirin.`,
    en: `The text nests too deeply (at most ${limits.richTextDepth} levels): simplify its lists and quotes.`,
  },
  richTextTooLarge: {
    tr: `Metin çok uzun (en fazla ${formatNumber(limits.richTextNodes)} öğe): metni bölün.`,
    en: `The text is too long (at most ${formatNumber(limits.richTextNodes, 'en')} elements): split it.`,
  },
  passwordLength: {
    tr: `Parola en az ${limits.auth.passwordChars.min}, en çok ${limits.auth.passwordChars.max} karakter olmalı. Birkaç kelimeden oluşan uzun bir parola seçin.`,
    en: `The password must have at least ${limits.auth.passwordChars.min} and at most ${limits.auth.passwordChars.max} characters. Choose a long password of several words.`,
  },
  /** Said alike for a wrong password and an unknown address: neither reveals that an account exists. */
  signInFailed: {
    tr: 'E-posta ya da parola hatalı. Parolanızı unuttuysanız sıfırlayın ya da bir yöneticiye başvurun.',
    en: 'The email or password is incorrect. If you forgot your password, reset it or ask an administrator.',
  },
  lockNotYours: {
    tr: 'Bir belgeyi yalnızca kendiniz ve düzenleyebileceğiniz belgeler için kilitleyebilirsiniz.',
    en: 'You can lock a document only for yourself, and only a document you may edit.',
  },
  translatorsCannotReview: {
    tr: 'Çevirmenler taslaklarını yalnızca incelemeye gönderebilir. Düzeltme istemek ya da incelemeyi kapatmak editörlerin işidir.',
    en: 'Translators can only send their drafts to review. Asking for changes or closing a review is an editor’s task.',
  },
  translationStatusStaffOnly: {
    tr: 'Çeviri durumlarını yalnızca içerik ekibi görebilir. Oturum açın.',
    en: 'Only the content team can see translation states. Sign in.',
  },
  translationConfirmEditorsOnly: {
    tr: 'Bir çeviriyi değişiklik yapmadan güncel saymak editörlerin işidir. Bir editöre başvurun.',
    en: 'Marking a translation current without changes is an editor’s task. Ask an editor.',
  },
  documentStateStaffOnly: {
    tr: 'Bunu yalnızca içerik ekibi görebilir. Oturum açın.',
    en: 'Only the content team can see this. Sign in.',
  },
  documentStateUnknown: {
    tr: 'Böyle bir belge ya da dil yok. Adresteki koleksiyonu, belge kimliğini ve locale değerini (ör. tr) denetleyin.',
    en: 'No such document or language. Check the collection, the document id and the locale (e.g. tr) in the address.',
  },
  translationStatusUnknown: {
    tr: 'Böyle bir belge ya da dil yok. Adresteki koleksiyonu, belge kimliğini ve locale değerini (ör. en) denetleyin.',
    en: 'No such document or language. Check the collection, the document id and the locale (e.g. en) in the address.',
  },
  translationConfirmNothing: {
    tr: 'Bu dilde henüz çeviri yok: güncel sayılacak bir metin bulunmuyor.',
    en: 'There is no translation in this language yet: there is no text to mark current.',
  },
  commentNotYours: {
    tr: 'Yalnızca kendi yorumlarınızı düzenleyebilir ya da silebilirsiniz.',
    en: 'You can edit or delete only your own comments.',
  },
  commentEmpty: {
    tr: 'Yorum boş olamaz: bir şey yazın.',
    en: 'A comment cannot be empty: write something.',
  },
  commentDocumentUnknown: {
    tr: 'Yorum yapılacak belge bulunamadı. doc.relationTo (ör. advice) ve doc.value (belge kimliği) değerlerini denetleyin.',
    en: 'The document to comment on was not found. Check doc.relationTo (e.g. advice) and doc.value (the document id).',
  },
  commentParentElsewhere: {
    tr: 'Yanıtlanan yorum bu belgede ve bu dilde değil. parent değerini denetleyin.',
    en: 'The comment answered is not on this document in this language. Check parent.',
  },
  commentMentionUnknown: {
    tr: `Yalnızca içerik ekibinden kişiler anılabilir (en fazla ${limits.comments.mentions} kişi). mentions listesini denetleyin.`,
    en: `Only people of the content team can be mentioned (at most ${limits.comments.mentions}). Check mentions.`,
  },
  commentParagraphUnknown: {
    tr: 'Yorumun ilgili olduğu paragraf, belgenin bu dildeki metninde yok. paragraph değerini (ör. body-2) denetleyin ya da boş bırakın.',
    en: 'The paragraph the comment is about is not in the document’s text in this language. Check paragraph (e.g. body-2) or leave it empty.',
  },
  commentResolveAnswer: {
    tr: 'Yalnızca bir konuşmanın ilk yorumu çözüldü olarak işaretlenebilir.',
    en: 'Only the first comment of a thread can be marked resolved.',
  },
  commentTooMany: {
    tr: `Kısa sürede çok yorum yazdınız (${formatNumber(limits.comments.windowMs / 60_000)} dakikada en fazla ${limits.comments.perPerson}). Biraz sonra yeniden deneyin.`,
    en: `You wrote many comments in a short time (at most ${limits.comments.perPerson} in ${limits.comments.windowMs / 60_000} minutes). Try again a little later.`,
  },
  translationMemoryStaffOnly: {
    tr: 'Çeviri belleğini yalnızca içerik ekibi kullanabilir. Oturum açın.',
    en: 'Only the content team can use the translation memory. Sign in.',
  },
  translationMemoryLocale: {
    tr: 'locale değeri çevrilen dillerden biri olmalı (ör. en); Türkçe kaynak dildir.',
    en: 'locale must be one of the languages translated into (e.g. en); Turkish is the source language.',
  },
  translationMemoryText: {
    tr: `text değeri boş olmayan bir Türkçe paragraf olmalı (en fazla ${formatNumber(limits.translationMemory.textChars)} karakter).`,
    en: `text must be a Turkish paragraph that is not empty (at most ${limits.translationMemory.textChars} characters).`,
  },
  translationMemoryLimit: {
    tr: `limit değeri 1 ile ${limits.translationMemory.results} arasında bir tam sayı olmalı.`,
    en: `limit must be a whole number from 1 to ${limits.translationMemory.results}.`,
  },
} satisfies Record<string, Message>
