/**
 * Lower bounds on the edit distance between the question and one remembered text, from where
 * their trigrams are (src/cms/translation-memory/memory-index.ts keeps the texts and asks these).
 * Each is lossless: it says "too far" only when no script of `allowed` edits exists. The question
 * is held as `blocksOf`: per trigram number, one bit per block of its places where that trigram
 * occurs. Without a branch per trigram (whether one is found is as good as random, and a
 * mispredicted branch costs more than the arithmetic): `(x | -x) >>> 31` is 1 for any x but 0.
 */

/**
 * Fills `reach` for texts of `places` trigrams and `shift` characters longer than the question:
 * per place, the blocks of the question's places a trigram there may have come from untouched. A
 * script of at most `allowed` edits from the question (length m) to the text (length n = m +
 * `shift`) inserts I and deletes D characters, I − D = n − m and I + D ≤ allowed, so a trigram it
 * leaves alone moves right by at most ⌊(allowed + n − m) / 2⌋ and left by at most
 * ⌊(allowed − n + m) / 2⌋. Whole blocks only widen the reach, which keeps every bound below.
 */
export function fillReach(
  reach: Int32Array,
  places: number,
  shift: number,
  allowed: number,
  questionPlaces: number,
  block: number,
): void {
  const right = Math.floor((allowed + shift) / 2)
  const left = Math.floor((allowed - shift) / 2)
  for (let place = 0; place < places; place++) {
    const from = Math.max(0, place - right)
    const to = Math.min(questionPlaces - 1, place + left)
    reach[place] = from > to ? 0 : (-1 >>> (31 - Math.floor(to / block))) & (-1 << Math.floor(from / block))
  }
}

/**
 * Whether the text whose trigrams are `grams[start … start + places)` can be within `allowed`
 * edits, counted on the text's side. A trigram of the text with no equal one of the question
 * within its reach was touched by an edit; one edit touches at most three trigrams next to each
 * other (a character replaced or put in: the three that hold it; one taken out: the two around
 * the gap). So the edits are at least the fewest runs of three places that cover the missing
 * trigrams, which covering from the front counts: at a missing trigram, one edit more and the
 * next two places covered. It stops as soon as the rest of the text could no longer need more
 * edits than allowed. Strong when the text is the longer one; a shorter text hides deletions
 * (a run of them touches two of its trigrams), hence `enoughShared` and `questionCover`.
 */
export function textCover(
  blocksOf: Int32Array,
  reach: Int32Array,
  grams: Uint16Array,
  start: number,
  places: number,
  allowed: number,
): boolean {
  let edits = 0
  for (let place = 0; places - place > 3 * (allowed - edits);) {
    const shared = blocksOf[grams[start + place]] & reach[place]
    const hit = (shared | -shared) >>> 31
    edits += hit ^ 1
    if (edits > allowed) return false
    place += 3 - 2 * hit
  }
  return true
}

/**
 * Whether at least `needed` of the text's trigrams have an equal one of the question within
 * their reach (the q-gram lemma counted from the question's side, for a text shorter than it):
 * each edit touches at most three of the question's trigrams, so after e edits at least
 * (question's trigrams − 3e) of them are left alone, each found again in the text.
 */
export function enoughShared(
  blocksOf: Int32Array,
  reach: Int32Array,
  grams: Uint16Array,
  start: number,
  places: number,
  needed: number,
): boolean {
  let spare = places - needed
  for (let place = 0; place < places && spare >= 0; place++) {
    const shared = blocksOf[grams[start + place]] & reach[place]
    spare -= ((shared | -shared) >>> 31) ^ 1
  }
  return spare >= 0
}

/**
 * `textCover` from the question's side, for the few shorter texts `enoughShared` lets through:
 * first, per trigram number, the blocks of the question where the text has one within reach
 * (`seen`, left all zero again), then the fewest runs of three of the question's places that
 * cover those it has nowhere near. `kinds` are the question's trigram numbers (-1: no text has it).
 */
export function questionCover(
  blocksOf: Int32Array,
  reach: Int32Array,
  seen: Int32Array,
  grams: Uint16Array,
  start: number,
  places: number,
  kinds: Int32Array,
  block: number,
  allowed: number,
): boolean {
  for (let place = 0; place < places; place++)
    seen[grams[start + place]] |= blocksOf[grams[start + place]] & reach[place]
  let edits = 0
  for (let place = 0; place < kinds.length && edits <= allowed;) {
    const hit = kinds[place] < 0 ? 0 : (seen[kinds[place] & 0xffff] >>> Math.floor(place / block)) & 1
    edits += hit ^ 1
    place += 3 - 2 * hit
  }
  for (let place = 0; place < places; place++) seen[grams[start + place]] = 0
  return edits <= allowed
}
