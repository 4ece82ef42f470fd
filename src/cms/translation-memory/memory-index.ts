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
 * one edit destroys at most q of the longer text's length − q + 1 trigrams).
 */
const sharedNeeded = (length: number) => length - gram + 1 - gram * maxEdits(length)

/**
 * The remembered pairs of one language, searchable by similarity of their Turkish side. The edit
 * distance (Myers' bit-parallel algorithm, fastest-levenshtein) is the score, and too dear to
 * compute for every pair: texts made of the same few hundred words share most of their trigrams,
 * so counting shared trigrams alone rules out almost nothing at 75 %. What does is where they
 * are: a trigram no edit touched sits in the other text at most `edits` places away, and the
 * lengths tell which way (see `shiftBounds`). So a pair is scored only if
 * 1. its length is within the edits allowed (pairs are kept by length: only those are looked at),
 * 2. enough of its trigrams have an equal one of the question within that shift (the q-gram lemma
 *    with positions, counted as a one-to-one matching).
 * Both are lossless: a pair they drop scores below the minimum.
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
   * The question's trigrams grouped by kind: for the kind numbered k (1, 2, …, marked in
   * `inQuestion`), its places in the question are `at[from[k - 1] … from[k] - 1]`, rising.
   */
  private positions(query: string) {
    const ids = this.gramsOf(query, false)
    let kinds = 0
    const counts: number[] = []
    for (const id of ids) {
      if (id < 0) continue
      if (this.inQuestion[id] === 0) {
        this.inQuestion[id] = ++kinds
        counts.push(0)
      }
      counts[this.inQuestion[id] - 1]++
    }
    const from = new Int32Array(kinds + 1)
    for (let k = 0; k < kinds; k++) from[k + 1] = from[k] + counts[k]
    const at = new Int32Array(from[kinds])
    const next = from.slice(0, kinds)
    ids.forEach((id, place) => {
      if (id >= 0) at[next[this.inQuestion[id] - 1]++] = place
    })
    return { ids, from, firsts: from.slice(0, kinds), at, next }
  }

  /**
   * Whether the pair in `slot` can be within `allowed` edits of the question, by its trigrams:
   * at least `needed` of them must each have an equal trigram of the question of their own, at
   * a place it could have been shifted from. An edit script from the question (length m) to the
   * text (length n = m + `shift`) inserts I and deletes D characters, I − D = n − m and I + D ≤ allowed, so a
   * trigram it leaves alone moves right by at most ⌊(allowed + n − m) / 2⌋ and left by at most
   * ⌊(allowed − n + m) / 2⌋. The largest such matching is found greedily (the text's trigrams in
   * order, each taking the question's earliest free one in its reach), stopping once it is
   * decided either way.
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
    const right = Math.floor((allowed + shift) / 2)
    const left = Math.floor((allowed - shift) / 2)
    const { from, at, next } = question
    const inQuestion = this.inQuestion
    // `next[k]`: the first of kind k's places not yet taken or passed by (reset for every pair).
    next.set(question.firsts)
    // Past this many unmatched trigrams the pair cannot reach `needed`.
    let spare = grams.length - needed
    let matched = 0
    for (let place = 0; place < grams.length; place++) {
      const kind = inQuestion[grams[place]] - 1
      if (kind >= 0) {
        let p = next[kind]
        const end = from[kind + 1]
        const earliest = place - right
        while (p < end && at[p] < earliest) p++
        if (p < end && at[p] <= place + left) {
          next[kind] = p + 1
          if (++matched >= needed) return true
          continue
        }
        next[kind] = p
      }
      if (--spare < 0) return false
    }
    return false
  }
}
