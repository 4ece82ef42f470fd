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
/** Places per block of the question's trigram table (2³). */
const blockBits = 3

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
 * one edit destroys at most q of the longer text's length − q + 1 trigrams).
 */
const sharedNeeded = (length: number) => length - gram + 1 - gram * maxEdits(length)

/**
 * The remembered pairs of one language, searchable by similarity of their Turkish side. The edit
 * distance (Myers' bit-parallel algorithm, fastest-levenshtein) is the score, and too dear to
 * compute for every pair (20,000 pairs took over a second). Texts made of the same few hundred
 * words share most of their trigrams, so counting shared trigrams (an inverted index, as before)
 * ruled out almost nothing at 75 %. What does is where they are: a trigram no edit touched sits
 * in the other text at most half the edits allowed away, and the lengths tell which way (see
 * `mayMatch`). So a pair is scored only if
 * 1. its length is within the edits allowed (pairs are kept by length: only those are looked at),
 * 2. enough of its trigrams have an equal one of the question within that reach (the q-gram
 *    lemma with positions); in 20,000 pairs that leaves one or two to score.
 * Both are lossless: a pair they drop scores below the minimum
 * (tests/unit/translation-memory-index.test.ts compares with scoring every pair).
 */
export class MemoryIndex {
  private entries: Array<MemoryEntry | null> = []
  private texts: string[] = []
  /** Per slot: the text's trigrams as numbers, in text order. */
  private grams: Int32Array[] = []
  private slotOf = new Map<string, number>()
  private gramIds = new Map<string, number>()
  /** Per text length: the slots of that length. */
  private byLength: number[][] = []
  /** Per trigram number: its place among the question's trigrams + 1 (0: not in the question). */
  private inQuestion = new Int32Array(1024)
  private live = 0

  /** How many pairs it holds. */
  get size(): number {
    return this.live
  }

  /** Adds a pair, or replaces the one with the same id. */
  put(entry: MemoryEntry): void {
    const old = this.slotOf.get(entry.id)
    if (old !== undefined) {
      const sameLength = this.byLength[this.texts[old].length]
      sameLength.splice(sameLength.indexOf(old), 1)
      this.entries[old] = null
      this.grams[old] = new Int32Array(0)
      this.live--
    }
    const slot = this.entries.length
    const text = normalized(entry.source)
    this.entries.push(entry)
    this.texts.push(text)
    this.grams.push(this.gramsOf(text, true))
    this.slotOf.set(entry.id, slot)
    this.live++
    ;(this.byLength[text.length] ??= []).push(slot)
  }

  /**
   * The text's trigram numbers in order; a trigram never seen gets a new number when `learn`,
   * -1 otherwise (a question's trigram no remembered text has).
   */
  private gramsOf(text: string, learn: boolean): Int32Array {
    const ids = new Int32Array(Math.max(0, text.length - gram + 1))
    for (let i = 0; i < ids.length; i++) {
      const g = text.slice(i, i + gram)
      let id = this.gramIds.get(g)
      if (id === undefined && learn) {
        id = this.gramIds.size
        this.gramIds.set(g, id)
      }
      ids[i] = id ?? -1
    }
    if (learn && this.gramIds.size > this.inQuestion.length) {
      const grown = new Int32Array(Math.max(this.gramIds.size, this.inQuestion.length * 2))
      grown.set(this.inQuestion)
      this.inQuestion = grown
    }
    return ids
  }

  /** The pairs whose Turkish is at least `minimumScore` % like `text`, best first, the newest of equals first. */
  lookup(text: string, limit: number): MemoryMatch[] {
    const query = normalized(text)
    const length = query.length
    if (length === 0) return []
    const question = this.positions(query)
    const found: MemoryMatch[] = []
    try {
      // A longer text than the question may have a quarter of its own length in edits, hence / 0.75.
      const longest = Math.min(this.byLength.length - 1, Math.ceil(length / (1 - editShare)))
      for (let other = Math.max(0, Math.floor(length * (1 - editShare))); other <= longest; other++) {
        const longer = Math.max(length, other)
        const allowed = maxEdits(longer)
        if (Math.abs(length - other) > allowed) continue
        for (const slot of this.byLength[other] ?? []) {
          if (!this.mayMatch(question, slot, other - length, allowed, sharedNeeded(longer))) continue
          const otherText = this.texts[slot]
          const edits = query === otherText ? 0 : distance(query, otherText)
          if (edits > allowed) continue
          const entry = this.entries[slot] as MemoryEntry
          found.push({
            source: entry.source,
            target: entry.target,
            score: Math.floor((100 * (longer - edits)) / longer),
            document: { collection: entry.scope, id: entry.document },
            field: entry.field,
            publishedAt: entry.publishedAt,
          })
        }
      }
    } finally {
      for (const id of question.ids) if (id >= 0) this.inQuestion[id] = 0
    }
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

  /**
   * The question's trigrams for `mayMatch`: its kinds numbered 1, 2, … (marked in `inQuestion`),
   * how often each occurs (`times`), and per kind a row of `before`: how many of its occurrences
   * lie before each block of `block` places, from `margin` blocks before the question's first
   * place to as many after its last as the longest text compared with it needs (row 0, for the
   * trigrams the question does not have, is all zero). Blocks rather than places keep the table
   * small enough to stay in the processor's cache; they widen each reach a little, which keeps
   * the count an upper bound.
   */
  private positions(query: string) {
    const ids = this.gramsOf(query, false)
    const times = [0]
    for (const id of ids) {
      if (id < 0) continue
      if (this.inQuestion[id] === 0) {
        this.inQuestion[id] = times.length
        times.push(0)
      }
      times[this.inQuestion[id]]++
    }
    const longest = Math.ceil(query.length / (1 - editShare))
    const margin = (maxEdits(longest) >> blockBits) + 2
    const row = ((longest + maxEdits(longest)) >> blockBits) + 2 * margin + 2
    // Counts stay under 2¹⁶: the question is at most a few thousand characters (limits.translationMemory).
    const before = new Uint16Array(times.length * row)
    ids.forEach((id, place) => {
      if (id >= 0) before[this.inQuestion[id] * row + margin + (place >> blockBits) + 1]++
    })
    for (let kind = 1; kind < times.length; kind++)
      for (let i = kind * row + 1, last = kind * row + row - 1; i <= last; i++) before[i] += before[i - 1]
    return { ids, row, margin, before, times: Int32Array.from(times), hits: new Int32Array(times.length) }
  }

  /**
   * Whether the pair in `slot` can be within `allowed` edits of the question, by its trigrams.
   * The q-gram lemma counts the trigrams an edit script leaves alone, each found again in the
   * other text; here with where: a script from the question (length m) to the text (length
   * n = m + `shift`) inserts I and deletes D characters, I − D = n − m and I + D ≤ allowed, so a
   * trigram it leaves alone moves right by at most ⌊(allowed + n − m) / 2⌋ and left by at most
   * ⌊(allowed − n + m) / 2⌋. Counted from above (so the test stays lossless): a trigram of the
   * text counts if the question has the same one within that reach, but no kind counts more
   * often than the question has it. Without a branch per trigram (whether one counts is as good
   * as random, and a mispredicted branch costs more than the arithmetic): `x >>> 31` is 1 for a
   * negative x.
   */
  private mayMatch(
    question: ReturnType<MemoryIndex['positions']>,
    slot: number,
    shift: number,
    allowed: number,
    needed: number,
  ): boolean {
    if (needed <= 0) return true
    const grams = this.grams[slot]
    const reach = { right: Math.floor((allowed + shift) / 2), left: Math.floor((allowed - shift) / 2) }
    // First every third trigram alone, from the first, second and third place: an edit touches
    // at most one trigram of such a set (they do not overlap), so as large a share of each set
    // must be found, for a third of the work each. Most pairs stop at the first set.
    for (let first = 0; first < 3; first++) {
      const everyThird = Math.ceil((grams.length - first) / 3)
      if (!this.found(question, grams, reach, first, 3, everyThird - allowed)) return false
    }
    return this.found(question, grams, reach, 0, 1, needed)
  }

  /** Whether at least `needed` of the trigrams at places `first`, `first` + `step`, … count (see `mayMatch`). */
  private found(
    question: ReturnType<MemoryIndex['positions']>,
    grams: Int32Array,
    { right, left }: { right: number; left: number },
    first: number,
    step: number,
    needed: number,
  ): boolean {
    if (needed <= 0) return true
    const { row, margin, before, times, hits } = question
    const inQuestion = this.inQuestion
    hits.fill(0)
    let matched = 0
    let unseen = Math.ceil((grams.length - first) / step)
    for (let place = first; place < grams.length; place += step) {
      const kind = inQuestion[grams[place]]
      const base = kind * row + margin
      // Occurrences of the kind in the blocks from the one of place − right to the one of place + left.
      const hit =
        (before[base + ((place - right) >> blockBits)] - before[base + ((place + left) >> blockBits) + 1]) >>> 31
      matched += hit & ((hits[kind] - times[kind]) >>> 31)
      hits[kind] += hit
      if ((--unseen & 31) === 0) {
        if (matched >= needed) return true
        if (matched + unseen < needed) return false
      }
    }
    return matched >= needed
  }
}
