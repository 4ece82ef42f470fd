/** A run of words as both texts have it, or only the old one, or only the new one. */
export type DiffPart = { kind: 'same' | 'removed' | 'added'; text: string }

/** Beyond this many word pairs the texts are shown whole, old then new (the table would not pay). */
const maxCells = 4_000_000

/**
 * A word-level comparison of two texts (longest common subsequence of their words), as a
 * reader compares them: what stayed, what went, what came. Whitespace between words counts
 * with the word before it.
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  const a = before.split(/(?<=\s)(?=\S)/)
  const b = after.split(/(?<=\s)(?=\S)/)
  if (a.length * b.length > maxCells) {
    return [
      { kind: 'removed', text: before },
      { kind: 'added', text: after },
    ]
  }
  const word = (token: string) => token.trim()
  // lengths[i][j]: common words of a[i…] and b[j…]
  const lengths = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1))
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i][j] =
        word(a[i]) === word(b[j]) ? lengths[i + 1][j + 1] + 1 : Math.max(lengths[i + 1][j], lengths[i][j + 1])
    }
  }
  const parts: DiffPart[] = []
  const push = (kind: DiffPart['kind'], text: string) => {
    const last = parts.at(-1)
    if (last?.kind === kind) last.text += text
    else parts.push({ kind, text })
  }
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    if (word(a[i]) === word(b[j])) {
      push('same', b[j])
      i++
      j++
    } else if (lengths[i + 1][j] >= lengths[i][j + 1]) push('removed', a[i++])
    else push('added', b[j++])
  }
  while (i < a.length) push('removed', a[i++])
  while (j < b.length) push('added', b[j++])
  return parts
}
