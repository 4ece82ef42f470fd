import type { Locale } from '@/shared/locales'

/**
 * Turkish-aware search over the published content, in memory. Matching folds case with
 * Turkish rules (İ→i, I→ı) and then drops diacritics, so "orgut" finds "örgüt",
 * "YÖNETİM KURULU" finds "yönetim kurulu" and "istanbul" finds "İstanbul". Turkish adds
 * suffixes to words, so a query word matches every word that starts with it ("kurul" finds
 * "kurulunuz"). Every query word must match; title matches rank first.
 */

// Turkish letters fold to their base letter; İ/I and i/ı all fold to "i".
const foldMap: Record<string, string> = {
  ç: 'c',
  Ç: 'c',
  ğ: 'g',
  Ğ: 'g',
  ı: 'i',
  I: 'i',
  İ: 'i',
  ö: 'o',
  Ö: 'o',
  ş: 's',
  Ş: 's',
  ü: 'u',
  Ü: 'u',
  â: 'a',
  Â: 'a',
  î: 'i',
  Î: 'i',
  û: 'u',
  Û: 'u',
}

/** Lower-cases the Turkish way and removes diacritics, one character for one (offsets stay valid). */
export function fold(text: string): string {
  let out = ''
  for (const ch of text) {
    const code = ch.charCodeAt(0)
    if (code < 128) {
      // ASCII (most of every text): A–Z to a–z, except that Turkish I is ı, which folds to i anyway.
      out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch
      continue
    }
    const mapped = foldMap[ch]
    if (mapped) {
      out += mapped
      continue
    }
    const lower = ch.toLocaleLowerCase('tr-TR')
    const base = (lower.length === 1 ? lower : ch).normalize('NFD')[0] ?? ch
    out += base.length === ch.length ? base : ch
  }
  return out
}

export const words = (text: string): string[] =>
  fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)

export type SearchDocument = {
  type: 'question' | 'choice' | 'advice' | 'resource'
  title: string
  body: string
  url: string
  lang: Locale
  order: number
  /** The question an advice or answer belongs to. */
  question?: number
}

type Indexed = SearchDocument & { titleWords: string[]; bodyWords: string[]; foldedBody: string }

export type SearchIndex = Indexed[]

const sortedUnique = (list: string[]) => [...new Set(list)].sort()

export function buildIndex(documents: SearchDocument[]): SearchIndex {
  return documents.map((d) => ({
    ...d,
    titleWords: sortedUnique(words(d.title)),
    bodyWords: sortedUnique(words(d.body)),
    foldedBody: fold(d.body),
  }))
}

/** Whether some word in a sorted list starts with `prefix` (binary search). */
function hasPrefix(sorted: string[], prefix: string): boolean {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (sorted[mid] < prefix) lo = mid + 1
    else hi = mid
  }
  return lo < sorted.length && sorted[lo].startsWith(prefix)
}

export type SearchHit = SearchDocument & { score: number; snippet: string }

const typeOrder: Record<SearchDocument['type'], number> = { question: 0, advice: 1, choice: 2, resource: 3 }

function snippet(doc: Indexed, terms: string[]): string {
  if (!doc.body) return ''
  let at = -1
  for (const term of terms) {
    const match = new RegExp(`(^|[^\\p{L}\\p{N}])${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u').exec(
      doc.foldedBody,
    )
    if (match) {
      at = match.index + match[1].length
      break
    }
  }
  // About 200 characters around the first match, cut at word boundaries.
  let start = Math.max(0, at - 60)
  if (start > 0) {
    const space = doc.body.indexOf(' ', start)
    if (space >= 0 && space < Math.max(at, start + 1)) start = space + 1
  }
  let end = Math.min(doc.body.length, start + 200)
  if (end < doc.body.length) {
    const space = doc.body.lastIndexOf(' ', end)
    if (space > start) end = space
  }
  const text = doc.body.slice(start, end).replace(/\s+/g, ' ').trim()
  return `${start > 0 ? '…' : ''}${text}${end < doc.body.length ? '…' : ''}`
}

export function search(index: SearchIndex, query: string, limit = 50): { total: number; hits: SearchHit[] } {
  const terms = [...new Set(words(query))]
  if (terms.length === 0) return { total: 0, hits: [] }
  const scored: Array<{ doc: Indexed; score: number }> = []
  for (const doc of index) {
    let score = 0
    let all = true
    for (const term of terms) {
      const inTitle = hasPrefix(doc.titleWords, term)
      const inBody = hasPrefix(doc.bodyWords, term)
      if (!inTitle && !inBody) {
        all = false
        break
      }
      score += (inTitle ? 10 : 0) + (inBody ? 1 : 0)
    }
    if (all) scored.push({ doc, score })
  }
  scored.sort((a, b) => b.score - a.score || typeOrder[a.doc.type] - typeOrder[b.doc.type] || a.doc.order - b.doc.order)
  return {
    total: scored.length,
    hits: scored.slice(0, limit).map(({ doc, score }) => ({
      type: doc.type,
      title: doc.title,
      body: '',
      url: doc.url,
      lang: doc.lang,
      order: doc.order,
      question: doc.question,
      score,
      snippet: snippet(doc, terms),
    })),
  }
}

/** Splits a text into runs, marking the words a query matched (for highlighting). */
export function matchedRuns(text: string, query: string): Array<{ text: string; match: boolean }> {
  const terms = words(query)
  return text
    .split(/([\p{L}\p{N}]+)/u)
    .filter(Boolean)
    .map((part) => ({ text: part, match: /[\p{L}\p{N}]/u.test(part) && terms.some((t) => fold(part).startsWith(t)) }))
}
