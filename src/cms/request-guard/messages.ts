import { formatNumber, limits } from '@/shared/limits'
import type { Message } from '@/cms/messages'

const n = (value: number) => formatNumber(value)
const en = (value: number) => formatNumber(value, 'en')

/**
 * Why an API request (REST or GraphQL) was refused before it reached the CMS. API callers
 * are programs and the people who write them: each message says what to change.
 */
export const requestMessages = {
  bodyTooLarge: {
    tr: `İstek gövdesi çok büyük: en fazla ${n(limits.requestBodyBytes / 1024 / 1024)} MB gönderilebilir.`,
    en: `The request body is too large: at most ${en(limits.requestBodyBytes / 1024 / 1024)} MB may be sent.`,
  },
  bodyNotJson: {
    tr: 'İstek gövdesi geçerli bir JSON değil. Gövdeyi JSON olarak gönderin (Content-Type: application/json).',
    en: 'The request body is not valid JSON. Send the body as JSON (Content-Type: application/json).',
  },
  bodyNotObject: {
    tr: 'İstek gövdesi bir JSON nesnesi ({ … }) olmalı.',
    en: 'The request body must be a JSON object ({ … }).',
  },
  bodyTooDeep: {
    tr: 'İstek gövdesi çok derin iç içe. İç içe düzeyleri azaltın.',
    en: 'The request body nests too deeply. Reduce its nesting.',
  },
  queryTooLong: {
    tr: `Sorgu çok uzun: en fazla ${n(limits.queryStringChars)} karakter olabilir.`,
    en: `The query is too long: at most ${en(limits.queryStringChars)} characters.`,
  },
  queryNumber: (name: string, min: number, max: number): Message => ({
    tr: `"${name}" ${n(min)} ile ${n(max)} arasında bir tam sayı olmalı.`,
    en: `"${name}" must be a whole number from ${en(min)} to ${en(max)}.`,
  }),
  paginationOff: {
    tr: `Sayfalama kapatılamaz (pagination=false): en fazla ${n(limits.pageSize)} belgelik sayfalar hâlinde okuyun (limit, page).`,
    en: `Pagination cannot be turned off (pagination=false): read in pages of at most ${en(limits.pageSize)} documents (limit, page).`,
  },
  whereShape: {
    tr: 'Sorgu koşulu (where) okunamadı: where[alan][işlem]=değer biçiminde yazın.',
    en: 'The query condition (where) could not be read: write it as where[field][operator]=value.',
  },
  whereTooMany: {
    tr: `Sorguda çok fazla koşul var: en fazla ${n(limits.whereConditions)} koşul, ${limits.whereDepth} düzey iç içe and/or.`,
    en: `The query has too many conditions: at most ${en(limits.whereConditions)} conditions, ${limits.whereDepth} levels of nested and/or.`,
  },
  whereOperator: (operator: string): Message => ({
    tr: `"${operator}" bilinen bir sorgu işlemi değil (ör. equals, in, like, greater_than).`,
    en: `"${operator}" is not a known query operator (e.g. equals, in, like, greater_than).`,
  }),
  whereValue: (field: string, kind: 'date' | 'number' | 'boolean'): Message => ({
    tr: `"${field}" için verilen değer ${{ date: 'bir tarih (ör. 2026-11-29)', number: 'bir sayı', boolean: 'true ya da false' }[kind]} olmalı.`,
    en: `The value given for "${field}" must be ${{ date: 'a date (e.g. 2026-11-29)', number: 'a number', boolean: 'true or false' }[kind]}.`,
  }),
  bulkNeedsWhere: {
    tr: 'Toplu güncelleme ya da silme için hangi belgelerin değişeceğini bir where koşuluyla belirtin (ya da adrese belgenin kimliğini yazın).',
    en: 'A bulk update or delete must say which documents it changes with a where condition (or name the document’s id in the address).',
  },
  preferenceDelete: {
    tr: 'Tercihler silinemez; bir tercihi sıfırlamak için boş bir değer kaydedin (POST).',
    en: 'Preferences cannot be deleted; to reset one, save an empty value (POST).',
  },
  noApi: {
    tr: 'Bu koleksiyonun API’si yok: Payload’ın iç kayıtlarıdır. Adresi denetleyin.',
    en: 'This collection has no API: it holds Payload’s internal records. Check the address.',
  },
  sortTooLong: {
    tr: 'Sıralama (sort) en fazla 5 alan ve 100 karakter olabilir.',
    en: 'A sort may name at most 5 fields and 100 characters.',
  },
  crossOrigin: {
    tr: 'Bu istek başka bir siteden geldi ve oturum çerezi taşıyor; güvenlik nedeniyle reddedildi. İsteği bu sitenin kendi sayfalarından yapın.',
    en: 'This request came from another site and carries the session cookie; it was refused for safety. Make the request from this site’s own pages.',
  },
  accountWaits: (minutes: number): Message => ({
    tr: `Bu hesapla çok fazla başarısız giriş denendi. Bu tarayıcıdan ${n(minutes)} dakika sonra tekrar deneyin; bu hesapla daha önce giriş yaptığınız bir tarayıcıdan hemen girebilirsiniz. Parolanızı unuttuysanız sıfırlayın ya da bir yöneticiye başvurun.`,
    en: `Too many failed sign-ins to this account. Try again from this browser in ${en(minutes)} minutes; from a browser you have signed in with before you can sign in now. If you forgot your password, reset it or ask an administrator.`,
  }),
  tooManyAttempts: (minutes: number): Message => ({
    tr: `Bu adresten çok fazla başarısız deneme yapıldı. ${n(minutes)} dakika sonra tekrar deneyin.`,
    en: `Too many failed attempts from this address. Try again in ${en(minutes)} minutes.`,
  }),
  graphqlBody: {
    tr: 'GraphQL isteği { "query": "…", "variables": { … } } biçiminde bir JSON nesnesi olmalı.',
    en: 'A GraphQL request must be a JSON object { "query": "…", "variables": { … } }.',
  },
  graphqlSyntax: (detail: string): Message => ({
    tr: `GraphQL sorgusu okunamadı: ${detail}`,
    en: `The GraphQL query could not be read: ${detail}`,
  }),
  graphqlTooLong: {
    tr: `GraphQL sorgusu çok uzun: en fazla ${n(limits.graphql.queryChars)} karakter ve ${n(limits.graphql.tokens)} öğe.`,
    en: `The GraphQL query is too long: at most ${en(limits.graphql.queryChars)} characters and ${en(limits.graphql.tokens)} tokens.`,
  },
  graphqlFragments: {
    tr: `GraphQL sorgusunda çok fazla fragment var: en fazla ${limits.graphql.fragments}.`,
    en: `The GraphQL query has too many fragments: at most ${limits.graphql.fragments}.`,
  },
  graphqlCycle: (name: string): Message => ({
    tr: `"${name}" fragment'ı kendini (dolaylı olarak) içeriyor; döngüsel fragment'lara izin verilmez.`,
    en: `Fragment "${name}" spreads itself (directly or not); cyclic fragments are not allowed.`,
  }),
  graphqlTooDeep: {
    tr: `GraphQL sorgusu çok derin: en fazla ${limits.graphql.depth} düzey iç içe alan.`,
    en: `The GraphQL query is too deep: at most ${limits.graphql.depth} levels of nested fields.`,
  },
  graphqlTooLarge: (estimate: number): Message => ({
    tr: `GraphQL sorgusunun cevabı çok büyük olur (tahminen ${n(Math.min(estimate, 1e12))} alan; en fazla ${n(limits.graphql.resultFields)}). Daha az alan ya da daha küçük limit isteyin.`,
    en: `The answer to this GraphQL query would be too large (about ${en(Math.min(estimate, 1e12))} fields; at most ${en(limits.graphql.resultFields)}). Ask for fewer fields or a smaller limit.`,
  }),
  /**
   * Not a refusal of the request: the server could not carry it out (see database-down.ts). No
   * colon before a comma: the admin's notice shows such a message as a list of field errors.
   */
  databaseDown: {
    tr: 'Veritabanına şu anda ulaşılamıyor. İsteğiniz yerine getirilmedi; bir değişiklik gönderdiyseniz kaydedilmedi. Sayfayı kapatmadan birkaç dakika sonra yeniden deneyin; sorun sürerse sistem yöneticinize haber verin.',
    en: 'The database cannot be reached right now. Your request was not carried out; a change you sent was not saved. Try again in a few minutes without closing the page; if it persists, tell your system administrator.',
  },
} as const
