import type { SourceVersion } from '@/cms/translation-status/record'
import { compareUnits, type KeptUnit } from '@/rich-text/unit-changes'

/** One changed place of an outdated translation, as the form shows it side by side. */
export type ChangedParagraph = {
  field: string
  /** The Turkish the translation was made from; null for a paragraph added since. */
  before: { id: string; text: string } | null
  /** The Turkish now; null for a paragraph removed since. */
  now: { id: string; text: string } | null
  /** The words are the same: only formatting or a link changed. */
  formatOnly: boolean
  /** The translation's paragraph at that place, when the translation is laid out as a Turkish text. */
  translation: string | null
  /** The unit id of that place in the translation (where a memory suggestion goes), or null. */
  translationAt: string | null
}

export type ChangedParagraphs = { total: number; changed: ChangedParagraph[] }

const sameIds = (a: readonly KeptUnit[], b: readonly KeptUnit[]) =>
  a.length === b.length && a.every((unit, i) => unit.id === b[i].id)

const shown = (unit: KeptUnit | null) => (unit ? { id: unit.id, text: unit.text } : null)

/**
 * The paragraphs of a translation made from the Turkish `from` whose Turkish changed since,
 * with the translation's own paragraph at each place: the translation was made from the
 * Turkish of then, so where it is laid out as that text its paragraph stands at the old
 * Turkish's place (laid out as the Turkish now, at the new one). Null when either Turkish text
 * has no units kept (a translation from before they were: the form compares whole fields).
 */
export function changedParagraphs(
  history: readonly SourceVersion[],
  from: string | null,
  nowHash: string | null,
  translation: readonly KeptUnit[],
): ChangedParagraphs | null {
  const before = from ? history.find((version) => version.hash === from)?.units : undefined
  const now = nowHash ? history.find((version) => version.hash === nowHash)?.units : undefined
  if (!before || !now) return null
  const { total, changed } = compareUnits(before, now)
  const byId = new Map(translation.map((unit) => [unit.id, unit]))
  const place = (change: (typeof changed)[number]) =>
    sameIds(translation, before) ? change.before : sameIds(translation, now) ? change.now : null
  return {
    total,
    changed: changed.map((change) => {
      const at = place(change)
      return {
        field: (change.now ?? change.before)!.field,
        before: shown(change.before),
        now: shown(change.now),
        formatOnly: Boolean(change.before && change.now && change.before.text === change.now.text),
        translation: at ? (byId.get(at.id)?.text ?? null) : null,
        translationAt: at?.id ?? null,
      }
    }),
  }
}
