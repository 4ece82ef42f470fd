import { distance } from 'fastest-levenshtein'

import { enoughShared, fillReach, questionCover, textCover } from '@/cms/translation-memory/trigram-bounds'

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

/** A trigram as one number: three UTF-16 units of 16 bits each fit a double exactly. */
const gramKey = (text: string, at: number) =>
  text.charCodeAt(at) * 2 ** 32 + text.charCodeAt(at + 1) * 2 ** 16 + text.charCodeAt(at + 2)

/** The texts of one length: their trigram numbers one text after another (`stride` each), and their slots. */
type Shelf = { stride: number; count: number; grams: Uint16Array; slots: Int32Array }

/**
 * The remembered pairs of one language, searchable by similarity of their Turkish side. The edit
 * distance (Myers' bit-parallel algorithm, fastest-levenshtein) is the score, and too dear to
 * compute for every pair (20,000 pairs took over a second). Texts made of the same few hundred
 * words share most of their trigrams, so counting shared trigrams (an inverted index, as before)
 * ruled out almost nothing at 75 %. What does is where they are: a trigram no edit touched sits
 * in the other text at most half the edits allowed away, and the lengths tell which way
 * (src/cms/translation-memory/trigram-bounds.ts). So a pair is scored only if
 * 1. its length is within the edits allowed (pairs are kept by length: only those are looked at),
 * 2. the trigrams with no equal one in the other text within that reach cannot all have been
 *    touched by as few edits as allowed, counted on the text's side (`textCover`) and, for a
 *    text shorter than the question, on the question's (`enoughShared`, `questionCover`); in
 *    20,000 pairs that leaves one or two to score.
 * Both are lossless: a pair they drop scores below the minimum
 * (tests/unit/translation-memory-index.test.ts compares with scoring every pair). The trigrams of
 * all texts of a length lie in one array, read front to back: 20,000 small arrays cost a cache
 * miss each.
 */
export class MemoryIndex {
  private entries: Array<MemoryEntry | null> = []
  private texts: string[] = []
  private slotOf = new Map<string, number>()
  private gramIds = new Map<number, number>()
  /** Per text length. */
  private shelves: Array<Shelf | undefined> = []
  /** Per slot: its place on its shelf. */
  private placeOf: number[] = []
  /**
   * Per trigram number (its lower 16 bits, as the shelves hold it: half the bytes to read, and
   * two trigrams sharing a number only make a text look nearer than it is, never farther): one
   * bit per block of the question's places where it occurs (0: nowhere).
   */
  private blocksOf = new Int32Array(1 << 16)
  /** Per place of a text: the blocks of the question within its reach (see `fillReach`). */
  private reach = new Int32Array(1024)
  /** Room for `questionCover`, all zero between calls. */
  private seen = new Int32Array(1 << 16)
  private live = 0

  /** How many pairs it holds. */
  get size(): number {
    return this.live
  }

  /** Adds a pair, or replaces the one with the same id. */
  put(entry: MemoryEntry): void {
    const old = this.slotOf.get(entry.id)
    if (old !== undefined) this.remove(old)
    const slot = this.entries.length
    const text = normalized(entry.source)
    this.entries.push(entry)
    this.texts.push(text)
    this.slotOf.set(entry.id, slot)
    this.live++
    const stride = Math.max(0, text.length - gram + 1)
    let shelf = this.shelves[text.length]
    if (!shelf)
      shelf = this.shelves[text.length] = { stride, count: 0, grams: new Uint16Array(0), slots: new Int32Array(0) }
    if (shelf.count === shelf.slots.length) {
      const room = Math.max(8, shelf.count * 2)
      const grams = new Uint16Array(room * stride)
      grams.set(shelf.grams)
      const slots = new Int32Array(room)
      slots.set(shelf.slots)
      Object.assign(shelf, { grams, slots })
    }
    shelf.grams.set(this.gramsOf(text, true), shelf.count * stride)
    shelf.slots[shelf.count] = slot
    this.placeOf[slot] = shelf.count++
  }

  /** Takes a slot off its shelf: the shelf's last text moves into its place. */
  private remove(slot: number) {
    const shelf = this.shelves[this.texts[slot].length] as Shelf
    const at = this.placeOf[slot]
    const last = --shelf.count
    if (at !== last) {
      shelf.grams.copyWithin(at * shelf.stride, last * shelf.stride, (last + 1) * shelf.stride)
      shelf.slots[at] = shelf.slots[last]
      this.placeOf[shelf.slots[at]] = at
    }
    this.entries[slot] = null
    this.live--
  }

  /**
   * The text's trigram numbers in order; a trigram never seen gets a new number when `learn`,
   * -1 otherwise (a question's trigram no remembered text has).
   */
  private gramsOf(text: string, learn: boolean): Int32Array {
    const ids = new Int32Array(Math.max(0, text.length - gram + 1))
    for (let i = 0; i < ids.length; i++) {
      const key = gramKey(text, i)
      let id = this.gramIds.get(key)
      if (id === undefined && learn) {
        id = this.gramIds.size
        this.gramIds.set(key, id)
      }
      ids[i] = id ?? -1
    }
    return ids
  }

  /** The pairs whose Turkish is at least `minimumScore` % like `text`, best first, the newest of equals first. */
  lookup(text: string, limit: number): MemoryMatch[] {
    const query = normalized(text)
    const length = query.length
    if (length === 0) return []
    const ids = this.gramsOf(query, false)
    // 32 blocks of places, as small as cover the question: one number per trigram kind.
    const block = Math.max(1, Math.ceil(ids.length / 32))
    ids.forEach((id, place) => {
      if (id >= 0) this.blocksOf[id & 0xffff] |= 1 << Math.floor(place / block)
    })
    const found: MemoryMatch[] = []
    try {
      // A longer text than the question may have a quarter of its own length in edits, hence / 0.75.
      const longest = Math.min(this.shelves.length - 1, Math.ceil(length / (1 - editShare)))
      for (let other = Math.max(0, Math.floor(length * (1 - editShare))); other <= longest; other++) {
        const shelf = this.shelves[other]
        const longer = Math.max(length, other)
        const allowed = maxEdits(longer)
        if (!shelf || shelf.count === 0 || Math.abs(length - other) > allowed) continue
        const { grams, stride } = shelf
        if (this.reach.length < stride) this.reach = new Int32Array(stride * 2)
        const { blocksOf, reach, seen } = this
        fillReach(reach, stride, other - length, allowed, ids.length, block)
        // The question's trigrams left alone by `allowed` edits (see enoughShared).
        const needed = length - gram + 1 - gram * allowed
        for (let i = 0; i < shelf.count; i++) {
          const start = i * stride
          if (!textCover(blocksOf, reach, grams, start, stride, allowed)) continue
          if (
            other < length &&
            (!enoughShared(blocksOf, reach, grams, start, stride, needed) ||
              !questionCover(blocksOf, reach, seen, grams, start, stride, ids, block, allowed))
          )
            continue
          const slot = shelf.slots[i]
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
      for (const id of ids) if (id >= 0) this.blocksOf[id & 0xffff] = 0
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
}
