import type { Unit } from '@/rich-text/segments'

/**
 * Which units of a text changed between two of its versions (the Turkish a translation was
 * made from, and the Turkish now), paragraph by paragraph. Units are compared by fingerprint
 * (src/rich-text/segments.ts), not by id: an id is a unit's place, so a paragraph inserted
 * before others renames the later ones, while their fingerprints stay. Within each field the
 * two lists are aligned on their longest common run of unchanged units; what lies between two
 * unchanged units is paired in order (a paragraph rewritten), and what is left over was added
 * or removed.
 */

/** What is kept of a unit of a Turkish text: enough to compare it and to show it. */
export type KeptUnit = { id: string; field: string; fingerprint: string; text: string }

export const keptUnit = (unit: Unit): KeptUnit => ({
  id: unit.id,
  field: unit.field,
  fingerprint: unit.fingerprint,
  text: unit.text,
})

/** A changed place: rewritten (both), added (no `before`) or removed (no `now`). */
export type UnitChange = { before: KeptUnit | null; now: KeptUnit | null }

export type UnitChanges = {
  /** The places of the aligned text: unchanged units, and every change once. */
  total: number
  /** In reading order. */
  changed: UnitChange[]
  /** Units that did not change, with where they were then (their id may differ). */
  same: Array<{ before: KeptUnit; now: KeptUnit }>
}

/**
 * Beyond this many cells the middle of a field (what is left once its common beginning and end
 * are set aside) is paired by position instead: the table would cost more than it tells.
 */
const alignmentCells = 1_000_000

/** Pairs of indexes (before, now) of unchanged units, in order: a longest common subsequence. */
function anchors(before: KeptUnit[], now: KeptUnit[]): Array<[number, number]> {
  let start = 0
  while (start < before.length && start < now.length && before[start].fingerprint === now[start].fingerprint) start++
  let endBefore = before.length
  let endNow = now.length
  while (endBefore > start && endNow > start && before[endBefore - 1].fingerprint === now[endNow - 1].fingerprint) {
    endBefore--
    endNow--
  }
  const pairs: Array<[number, number]> = []
  for (let i = 0; i < start; i++) pairs.push([i, i])
  const n = endBefore - start
  const m = endNow - start
  if (n > 0 && m > 0 && n * m <= alignmentCells) {
    // lengths[i * (m + 1) + j]: the longest common run of before[start+i..] and now[start+j..].
    const lengths = new Uint32Array((n + 1) * (m + 1))
    for (let i = n - 1; i >= 0; i--)
      for (let j = m - 1; j >= 0; j--)
        lengths[i * (m + 1) + j] =
          before[start + i].fingerprint === now[start + j].fingerprint
            ? lengths[(i + 1) * (m + 1) + j + 1] + 1
            : Math.max(lengths[(i + 1) * (m + 1) + j], lengths[i * (m + 1) + j + 1])
    let i = 0
    let j = 0
    while (i < n && j < m) {
      if (before[start + i].fingerprint === now[start + j].fingerprint) {
        pairs.push([start + i, start + j])
        i++
        j++
      } else if (lengths[(i + 1) * (m + 1) + j] >= lengths[i * (m + 1) + j + 1]) i++
      else j++
    }
  } else
    for (let k = 0; k < Math.min(n, m); k++)
      if (before[start + k].fingerprint === now[start + k].fingerprint) pairs.push([start + k, start + k])
  for (let k = 0; k < before.length - endBefore; k++) pairs.push([endBefore + k, endNow + k])
  return pairs
}

const byField = (units: KeptUnit[]) => {
  const fields = new Map<string, KeptUnit[]>()
  for (const unit of units) {
    const list = fields.get(unit.field)
    if (list) list.push(unit)
    else fields.set(unit.field, [unit])
  }
  return fields
}

/** The changes from `before` to `now`, field by field in the order `now` has them. */
export function compareUnits(before: readonly KeptUnit[], now: readonly KeptUnit[]): UnitChanges {
  const result: UnitChanges = { total: 0, changed: [], same: [] }
  const then = byField([...before])
  const today = byField([...now])
  const fields = [...new Set([...today.keys(), ...then.keys()])]
  for (const field of fields) {
    const a = then.get(field) ?? []
    const b = today.get(field) ?? []
    let i = 0
    let j = 0
    const gap = (untilBefore: number, untilNow: number) => {
      while (i < untilBefore || j < untilNow) {
        result.changed.push({ before: i < untilBefore ? a[i] : null, now: j < untilNow ? b[j] : null })
        if (i < untilBefore) i++
        if (j < untilNow) j++
      }
    }
    for (const [x, y] of anchors(a, b)) {
      gap(x, y)
      result.same.push({ before: a[x], now: b[y] })
      i = x + 1
      j = y + 1
    }
    gap(a.length, b.length)
  }
  result.total = result.same.length + result.changed.length
  return result
}
