import type { Message } from '@/cms/messages'
import { formatNumber, limits } from '@/shared/limits'

/**
 * What a write is told when a field's value has the wrong shape: each names what to send
 * instead. Payload's ValidationError puts the field's name in front of them.
 */
export const valueMessages = {
  date: {
    tr: `Geçerli bir tarih girin (ör. 2026-12-01T10:00:00.000Z), ${limits.dates.earliestYear} yılından sonra ve en fazla ${limits.dates.yearsAhead} yıl ileride; ya da alanı boş bırakın (null).`,
    en: `Enter a valid date (e.g. 2026-12-01T10:00:00.000Z), after ${limits.dates.earliestYear} and at most ${limits.dates.yearsAhead} years ahead; or leave the field empty (null).`,
  },
  number: (min: number, max: number): Message => ({
    tr: `${formatNumber(min)} ile ${formatNumber(max)} arasında bir sayı girin ya da alanı boş bırakın.`,
    en: `Enter a number from ${formatNumber(min, 'en')} to ${formatNumber(max, 'en')}, or leave the field empty.`,
  }),
  text: {
    tr: 'Metin girin (tırnak içinde bir dize) ya da alanı boş bırakın.',
    en: 'Enter text (a quoted string) or leave the field empty.',
  },
  checkbox: {
    tr: 'Evet ya da hayır girin (true ya da false).',
    en: 'Enter yes or no (true or false).',
  },
  option: (options: string[]): Message => ({
    tr: `Şu seçeneklerden birini girin: ${options.join(', ')}.`,
    en: `Enter one of these options: ${options.join(', ')}.`,
  }),
  relationShape: {
    tr: 'Bir belgenin kimliğini girin (ör. "3f2b…") ya da alanı boş bırakın.',
    en: 'Enter a document id (e.g. "3f2b…") or leave the field empty.',
  },
  relationMissing: {
    tr: 'Bu kimlikte bir belge yok. Var olan bir belge seçin.',
    en: 'There is no document with this id. Choose an existing document.',
  },
  richText: {
    tr: 'Metni düzenleyicinin biçiminde gönderin ({ "root": { … } }) ya da alanı boş bırakın.',
    en: 'Send the text in the editor’s format ({ "root": { … } }) or leave the field empty.',
  },
  list: {
    tr: 'Satırların listesini gönderin ([ { … }, … ]) ya da alanı boş bırakın.',
    en: 'Send a list of rows ([ { … }, … ]) or leave the field empty.',
  },
  block: (blockTypes: string[]): Message => ({
    tr: `Her satırın blockType değeri şunlardan biri olmalı: ${blockTypes.join(', ')}.`,
    en: `Each row’s blockType must be one of: ${blockTypes.join(', ')}.`,
  }),
  group: {
    tr: 'Alanların nesnesini gönderin ({ … }).',
    en: 'Send an object of fields ({ … }).',
  },
  point: {
    tr: 'İki sayıdan oluşan bir konum gönderin ([boylam, enlem]) ya da alanı boş bırakın.',
    en: 'Send a location of two numbers ([longitude, latitude]) or leave the field empty.',
  },
  perLocale: (codes: string[]): Message => ({
    tr: `locale=all ile bu alanın değerini her dil için ayrı gönderin: { ${codes.map((c) => `"${c}": …`).join(', ')} }.`,
    en: `With locale=all send this field’s value per language: { ${codes.map((c) => `"${c}": …`).join(', ')} }.`,
  }),
} satisfies Record<string, Message | ((...args: never[]) => Message)>
