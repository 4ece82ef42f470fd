import { createHash } from 'node:crypto'

import { contentHash } from '@/rich-text/content-hash'
import { lexicalToPlainText } from '@/rich-text/plain-text'
import { richTextUnits, textUnit } from '@/rich-text/segments'
import { keptUnit, type KeptUnit } from '@/rich-text/unit-changes'

type Values = Record<string, unknown>

/** The translated fields' text in one language, as plain text (for the word diff). */
export type SourceText = Record<string, string>

const inLocale = (doc: Values | null, field: string, locale: string): unknown => {
  const value = doc?.[field]
  return value && typeof value === 'object' && !('root' in value) ? (value as Values)[locale] : undefined
}

const isRichText = (value: unknown): boolean => Boolean(value && typeof value === 'object' && 'root' in value)

/** Plain text of the translated fields of `doc` (read with `locale: 'all'`) in `locale`. */
export function textIn(doc: Values | null, fields: readonly string[], locale: string): SourceText {
  return Object.fromEntries(
    fields.map((field) => {
      const value = inLocale(doc, field, locale)
      return [field, isRichText(value) ? lexicalToPlainText(value) : typeof value === 'string' ? value : '']
    }),
  )
}

/**
 * The translated fields of `doc` in `locale` as units (src/rich-text/segments.ts), field by
 * field in the order given: plain text loses where one paragraph or list item ends and the
 * next begins, units keep it, and their fingerprints tell a changed one from an unchanged one.
 */
export function unitsIn(doc: Values | null, fields: readonly string[], locale: string): KeptUnit[] {
  return fields.flatMap((field) => {
    const value = inLocale(doc, field, locale)
    if (isRichText(value)) return richTextUnits(field, value).map(keptUnit)
    const unit = textUnit(field, value)
    return unit ? [keptUnit(unit)] : []
  })
}

export const hasTextIn = (doc: Values | null, fields: readonly string[], locale: string): boolean =>
  Object.values(textIn(doc, fields, locale)).some((text) => text.trim() !== '')

/**
 * A fingerprint of the translated fields in one language as readers see them: formatting and
 * links count, the editor's JSON details do not (the same fold as the import's content hash).
 */
export function hashIn(doc: Values | null, fields: readonly string[], locale: string): string {
  const parts = fields.map((field) => {
    const value = inLocale(doc, field, locale)
    return isRichText(value) ? contentHash([], value) : contentHash([typeof value === 'string' ? value : ''], null)
  })
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex')
}
