import { diffArrays } from 'diff'

/** A run of words as both texts have it, or only the old one, or only the new one. */
export type DiffPart = { kind: 'same' | 'removed' | 'added'; text: string }

/** Beyond this many words in either text, the texts are shown whole, old then new. */
const maxWords = 2_000
/** Beyond this many words gone or come, a word-by-word view no longer helps: shown whole too. */
const maxEdits = 1_000

/**
 * A word-level comparison of two texts, as a reader compares them: what stayed, what went, what
 * came. Whitespace between words counts with the word before it. The words are compared by `diff`
 * (Myers, time bounded by words × edits); they are cut at whitespace only, not by
 * `diffWordsWithSpace`'s letter class, which splits punctuation and whitespace into tokens of
 * their own and cuts a word at a combining mark (`i̇` as written after lower-casing `İ`).
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  const a = before.split(/(?<=\s)(?=\S)/)
  const b = after.split(/(?<=\s)(?=\S)/)
  const changes =
    a.length > maxWords || b.length > maxWords
      ? undefined
      : diffArrays(a, b, { comparator: (x, y) => x.trim() === y.trim(), maxEditLength: maxEdits })
  if (!changes) {
    return [
      { kind: 'removed', text: before },
      { kind: 'added', text: after },
    ]
  }
  const parts: DiffPart[] = []
  for (const change of changes) {
    const kind = change.added ? 'added' : change.removed ? 'removed' : 'same'
    const text = change.value.join('')
    if (text === '') continue
    const last = parts.at(-1)
    if (last?.kind === kind) last.text += text
    else parts.push({ kind, text })
  }
  return parts
}
