import { ValidationError, type FieldHook, type PayloadRequest } from 'payload'

import { firstInvisibleCharacter, invisibleCharacterMessage } from '@/shared/text/invisible-characters'

/** A text field's values: one, or one per language when the whole field is written at once. */
const textsOf = (value: unknown): Array<[string, string]> =>
  typeof value === 'string'
    ? [['', value]]
    : value && typeof value === 'object'
      ? Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string')
      : []

/** The field's label as the admin shows it (a string, a `{ tr, en }` or, once the config is built, a function). */
function labelOf(field: Parameters<FieldHook>[0]['field'], req: PayloadRequest, language: 'tr' | 'en'): string {
  const label: unknown = 'label' in field ? field.label : undefined
  if (typeof label === 'string') return label
  if (typeof label === 'function') {
    const text: unknown = label({ i18n: req.i18n, t: req.t })
    if (typeof text === 'string' && text) return text
  }
  if (label && typeof label === 'object') {
    const text = (label as Record<string, unknown>)[language]
    if (typeof text === 'string') return text
  }
  return 'name' in field && field.name ? field.name : language === 'en' ? 'this field' : 'bu alan'
}

/**
 * Refuses bidi controls and invisible characters in a title, name or label (the rule:
 * src/shared/text/invisible-characters.ts) with a 400 naming the field, on every save: a field
 * hook, because Payload validates drafts (and autosaves) only when they are published.
 *
 * Only a new or changed value is checked. A value stored before the rule (or written around
 * it) is shown isolated on the site and in the admin; refusing it here would block unrelated
 * saves of its document (a publish, a schedule, a translation of another field) until someone
 * found the field, and changing it is refused like any new value.
 */
export const refuseInvisibleCharacters: FieldHook = ({
  value,
  previousValue,
  field,
  path,
  req,
  collection,
  global,
  originalDoc,
}) => {
  const before = new Map(textsOf(previousValue))
  for (const [locale, text] of textsOf(value)) {
    if (before.get(locale) === text) continue
    const found = firstInvisibleCharacter(text)
    if (!found) continue
    const language = req.i18n?.language === 'en' ? 'en' : 'tr'
    const label = labelOf(field, req, language)
    throw new ValidationError(
      {
        collection: collection?.slug,
        global: global?.slug,
        id: (originalDoc as { id?: number | string } | undefined)?.id,
        req,
        errors: [{ path: path.join('.'), label, message: invisibleCharacterMessage(label, found, language) }],
      },
      req.t,
    )
  }
  return value
}
