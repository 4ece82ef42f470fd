import { isLocale, localeName } from '@/shared/locales'
import type { MailLanguage, NotificationKind } from '@/shared/states/notifications'

/**
 * What each notification says, in the recipient's language. Only names the server holds for
 * every staff member anyway (the document's title, the language, an editor's note, a schedule's
 * outcome): never a draft's text, so no e-mail carries what its reader's role may not read.
 */
export type NotificationFacts = {
  kind: NotificationKind
  documentTitle?: string | null
  locale?: string | null
  note?: string | null
  details?: Record<string, unknown> | null
}

type Text = { subject: string; line: string }

const language = (code: string | null | undefined, lang: MailLanguage) =>
  code && isLocale(code) ? localeName(code, lang) : (code ?? '')

const number = (value: unknown) => (typeof value === 'number' ? value : 0)

export function notificationText(facts: NotificationFacts, lang: MailLanguage): Text {
  const title = facts.documentTitle || (lang === 'tr' ? 'belge' : 'document')
  const inLang = language(facts.locale, lang)
  const tr = lang === 'tr'
  switch (facts.kind) {
    case 'review_requested':
      return tr
        ? {
            subject: `İncelemeye gönderildi: ${title} (${inLang})`,
            line: `${title}, ${inLang} çevirisi incelemenizi bekliyor.`,
          }
        : {
            subject: `Sent to review: ${title} (${inLang})`,
            line: `The ${inLang} translation of ${title} awaits your review.`,
          }
    case 'changes_requested':
      return tr
        ? {
            subject: `Düzeltme istendi: ${title} (${inLang})`,
            line: `${title}, ${inLang} çevirinizde bir editör düzeltme istedi.`,
          }
        : {
            subject: `Changes requested: ${title} (${inLang})`,
            line: `An editor asked for changes to your ${inLang} translation of ${title}.`,
          }
    case 'translation_published':
      return tr
        ? { subject: `Yayımlandı: ${title} (${inLang})`, line: `${title}, ${inLang} çeviriniz yayımlandı.` }
        : { subject: `Published: ${title} (${inLang})`, line: `Your ${inLang} translation of ${title} was published.` }
    case 'source_changed':
      return tr
        ? {
            subject: `Türkçesi değişti: ${title} (${inLang})`,
            line: `${title} belgesinin yayımdaki Türkçesi değişti; ${inLang} çevirisi artık güncel değil.`,
          }
        : {
            subject: `Turkish changed: ${title} (${inLang})`,
            line: `The published Turkish of ${title} changed; its ${inLang} translation is no longer current.`,
          }
    case 'schedule_not_done': {
      const publish = facts.details?.action !== 'unpublish'
      const what = tr ? (publish ? 'yayımlama' : 'yayından kaldırma') : publish ? 'publish' : 'unpublish'
      return tr
        ? {
            subject: `Zamanlanmış işlem yapılamadı: ${title} (${inLang})`,
            line: `${title} için zamanladığınız ${what} (${inLang}) yapılamadı.`,
          }
        : {
            subject: `Scheduled action not carried out: ${title} (${inLang})`,
            line: `The ${what} of ${title} (${inLang}) you scheduled was not carried out.`,
          }
    }
    case 'comment': {
      const who = typeof facts.details?.by === 'string' ? facts.details.by : tr ? 'Bir ekip arkadaşınız' : 'A colleague'
      const answer = facts.details?.answer === true
      return tr
        ? {
            subject: `${answer ? 'Yorumunuza yanıt' : 'Yorumda anıldınız'}: ${title} (${inLang})`,
            line: answer
              ? `${who}, ${title} (${inLang}) üzerine yorumunuzu yanıtladı.`
              : `${who}, ${title} (${inLang}) üzerine bir yorumda sizi andı.`,
          }
        : {
            subject: `${answer ? 'An answer to your comment' : 'You were mentioned'}: ${title} (${inLang})`,
            line: answer
              ? `${who} answered your comment on ${title} (${inLang}).`
              : `${who} mentioned you in a comment on ${title} (${inLang}).`,
          }
    }
    case 'broken_links': {
      const count = number(facts.details?.count)
      return tr
        ? {
            subject: `Bozuk kaynak bağlantıları: ${count}`,
            line: `Haftalık denetimde ${count} kaynak bağlantısı çalışmıyor.`,
          }
        : {
            subject: `Broken resource links: ${count}`,
            line: `The weekly check found ${count} resource links not working.`,
          }
    }
  }
}

export const mailWords = {
  tr: {
    open: 'Belgeyi açın',
    compare: 'Yayımdaki metinle karşılaştırın',
    inbox: 'Tüm bildirimleriniz',
    note: {
      changes_requested: 'Editörün notu',
      schedule_not_done: 'Neden',
      broken_links: 'Bağlantılar',
      comment: 'Yorum',
    },
    digestSubject: (count: number) => `ROTA günlük özeti: ${count} bildirim`,
    digestIntro: 'Dünden bu yana sizin için olanlar:',
    why: 'Bu e-postayı ROTA içerik yönetimindeki bildirim tercihleriniz nedeniyle aldınız. Tercihlerinizi hesap sayfanızda değiştirebilirsiniz.',
    stop: (kind: string) => `Bu tür bildirimleri (“${kind}”) artık e-postayla almamak için`,
    stopLink: 'buraya tıklayın',
  },
  en: {
    open: 'Open the document',
    compare: 'Compare with the published text',
    inbox: 'All your notifications',
    note: {
      changes_requested: "The editor's note",
      schedule_not_done: 'Why',
      broken_links: 'Links',
      comment: 'Comment',
    },
    digestSubject: (count: number) => `ROTA daily digest: ${count} notifications`,
    digestIntro: 'What happened for you since yesterday:',
    why: 'You receive this e-mail because of your notification settings in the ROTA CMS. You can change them on your account page.',
    stop: (kind: string) => `To stop receiving these notifications (“${kind}”) by e-mail,`,
    stopLink: 'click here',
  },
} as const
