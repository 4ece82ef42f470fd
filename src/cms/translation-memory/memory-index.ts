import { distance } from 'fastest-levenshtein'

/** A remembered pair as the index holds it. */
export type MemoryEntry = {
  id: string
  source: string
  target: string
  scope: string
  document: string
  field: string
  publishedAt: string
}

/** A remembered pair offered for a Turkish text: its similarity in whole percent (100 = the same text). */
export type MemoryMatch = {
  source: string
  target: string
  score: number
  document: { collection: string; id: string }
  field: string
  publishedAt: string
}

/** The lowest score offered: below it a translation costs more to correct than to write. */
export const minimumScore = 75
/** Edits allowed per character of the longer text at the minimum score. */
const editShare = 1 - minimumScore / 100
const gram = 3

/**
 * Texts are compared as a reader would call them "the same words": Turkish lower case (`İ` → `i`,
 * `I` → `ı`), one space for any run of whitespace, composed accents.
 */
export const normalized = (text: string): string =>
  text.normalize('NFC').toLocaleLowerCase('tr-TR').replace(/\s+/g, ' ').trim()

/** The most edits a text pair whose longer side has `length` characters may differ by and still be offered. */
const maxEdits = (length: number) => Math.floor(length * editShare)

/**
 * Trigrams two texts must share at least to be within `maxEdits` of each other (the q-gram lemma:
 * one edit destroys at most q of the longer text's length − q + 1 trigrams). Checking it before
 * the edit distance is lossless: a pair it drops scores below the minimum.
 */
const sharedNeeded = (length: number) => length - gram + 1 - gram * maxEdits(length)

/** The longest length at which two texts may need no trigram in common (short labels, single words). */
const shortLength = (() => {
  let longest = 0
  for (let length = 1; length <= 64; length++) if (sharedNeeded(length) <= 0) longest = length
  return longest
})()

function gramsOf(text: string): Map<string, number> {
  const counts = new Map<string, number>()
  for (let i = 0; i + gram <= text.length; i++) {
    const g = text.slice(i, i + gram)
    counts.set(g, (counts.get(g) ?? 0) + 1)
  }
  return counts
}

/**
 * The remembered pairs of one language, searchable by similarity of their Turkish side: an
 * inverted index of trigrams gives, for a query, how many trigrams each pair shares with it, so
 * the edit distance (Myers' bit-parallel algorithm, fastest-levenshtein) is computed only for
 * the pairs of a fitting length that share enough trigrams to reach the minimum score.
 */
export class MemoryIndex {
  private entries: Array<MemoryEntry | null> = []
  private texts: string[] = []
  private slotOf = new Map<string, number>()
  /** Per trigram: slot, count, slot, count… */
  private postings = new Map<string, number[]>()
  private shortSlots: number[] = []
  private shared = new Int32Array(1024)
  private live = 0

  /** How many pairs it holds. */
  get size(): number {
    return this.live
  }

  /** Adds a pair, or replaces the one with the same id. */
  put(entry: MemoryEntry): void {
    const old = this.slotOf.get(entry.id)
    if (old !== undefined) {
      // Left in the postings as a gap: lookups skip it, a full reload (after deletions) drops it.
      this.entries[old] = null
      this.live--
    }
    const slot = this.entries.length
    const text = normalized(entry.source)
    this.entries.push(entry)
    this.texts.push(text)
    this.slotOf.set(entry.id, slot)
    this.live++
    if (slot >= this.shared.length) {
      const grown = new Int32Array(this.shared.length * 2)
      grown.set(this.shared)
      this.shared = grown
    }
    if (text.length <= shortLength) this.shortSlots.push(slot)
    for (const [g, count] of gramsOf(text)) {
      const list = this.postings.get(g)
      if (list) list.push(slot, count)
      else this.postings.set(g, [slot, count])
    }
  }

  /** The pairs whose Turkish is at least `minimumScore` % like `text`, best first, the newest of equals first. */
  lookup(text: string, limit: number): MemoryMatch[] {
    const query = normalized(text)
    const length = query.length
    if (length === 0) return []
    const touched: number[] = []
    for (const [g, count] of gramsOf(query)) {
      const list = this.postings.get(g)
      if (!list) continue
      for (let i = 0; i < list.length; i += 2) {
        const slot = list[i]
        if (this.shared[slot] === 0) touched.push(slot)
        this.shared[slot] += Math.min(count, list[i + 1])
      }
    }
    const candidates = length <= shortLength ? [...touched, ...this.shortSlots] : touched
    const found: MemoryMatch[] = []
    const seen = new Set<number>()
    for (const slot of candidates) {
      if (seen.has(slot)) continue
      seen.add(slot)
      const entry = this.entries[slot]
      if (!entry) continue
      const other = this.texts[slot]
      const longer = Math.max(length, other.length)
      const allowed = maxEdits(longer)
      if (Math.abs(length - other.length) > allowed || this.shared[slot] < sharedNeeded(longer)) continue
      const edits = query === other ? 0 : distance(query, other)
      if (edits > allowed) continue
      found.push({
        source: entry.source,
        target: entry.target,
        score: Math.floor((100 * (longer - edits)) / longer),
        document: { collection: entry.scope, id: entry.document },
        field: entry.field,
        publishedAt: entry.publishedAt,
      })
    }
    for (const slot of touched) this.shared[slot] = 0
    found.sort((a, b) => b.score - a.score || Date.parse(b.publishedAt) - Date.parse(a.publishedAt))
    // One offer per translation: the same pair remembered from several documents is one choice.
    const offered = new Set<string>()
    return found
      .filter((match) => {
        const key = `${match.source}\u0000${match.target}`
        if (offered.has(key)) return false
        offered.add(key)
        return true
      })
      .slice(0, limit)
  }
}
