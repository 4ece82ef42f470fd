import type { Field } from 'payload'

import type { ShownField } from '@/cms/admin/translation/DefaultLanguageText'
import { systemOnlyField } from '@/cms/access'
import { reviewFields } from '@/cms/review/fields'
import {
  changesField,
  readTranslationChanges,
  readTranslationStatus,
  statusField,
} from '@/cms/translation-status/hooks'
import { isStaff } from '@/shared/roles'

/** Named fields at any depth of tabs, rows and collapsibles (they share the document's data). */
function flatten(fields: Field[]): Field[] {
  return fields.flatMap((field) => {
    if (field.type === 'tabs')
      return field.tabs.flatMap((tab) => ('name' in tab && tab.name ? [] : flatten(tab.fields)))
    if (field.type === 'row' || field.type === 'collapsible') return flatten(field.fields)
    return [field]
  })
}

function labelOf(field: Field): ShownField['label'] {
  const label = 'label' in field ? field.label : undefined
  if (label && typeof label === 'object') {
    const byLanguage = label as Record<string, string>
    return { tr: byLanguage.tr ?? byLanguage.en ?? '', en: byLanguage.en ?? byLanguage.tr ?? '' }
  }
  const text = typeof label === 'string' ? label : 'name' in field ? field.name : ''
  return { tr: text, en: text }
}

/**
 * A form's fields with a translation aid on top: for translators, what they may change here;
 * for anyone editing another language than Turkish, the Turkish original of `translated`.
 * Also the document's `translationStatus` (src/cms/translation-status), which records the
 * translated fields for the hooks that keep it, and its review per language (src/cms/review).
 */
export function withTranslationAid(translated: string[], fields: Field[]): Field[] {
  const shown: ShownField[] = flatten(fields)
    .filter((field): field is Field & { name: string } => 'name' in field && translated.includes(field.name))
    .map((field) => ({ name: field.name, label: labelOf(field) }))
  const missing = translated.filter((name) => !shown.some((field) => field.name === name))
  if (missing.length > 0) throw new Error(`withTranslationAid: no field named ${missing.join(', ')}`)
  return [
    {
      name: 'translationAid',
      type: 'ui',
      // Without a label Payload offered a column named "Translation Aid" in every list's column
      // picker; the aid belongs on the form only.
      label: { tr: 'Çeviri yardımı', en: 'Translation aid' },
      admin: {
        disableListColumn: true,
        components: { Field: { path: '/cms/admin/translation/TranslationAid', clientProps: { fields: shown } } },
      },
    },
    {
      // Not stored with the document: read from its translation states.
      name: statusField,
      type: 'json',
      virtual: true,
      label: { tr: 'Çeviri durumu', en: 'Translation status' },
      custom: { translated },
      access: { read: ({ req }) => isStaff(req.user), create: systemOnlyField, update: systemOnlyField },
      hooks: { afterRead: [readTranslationStatus] },
      admin: {
        readOnly: true,
        position: 'sidebar',
        components: {
          Cell: '/cms/admin/translation/TranslationStatusCell',
          Field: '/cms/admin/translation/TranslationStatusField',
        },
      },
    },
    {
      // Not stored with the document either: the counts its outdated translations' rows keep.
      name: changesField,
      type: 'json',
      virtual: true,
      label: { tr: 'Değişen paragraflar', en: 'Changed paragraphs' },
      access: { read: ({ req }) => isStaff(req.user), create: systemOnlyField, update: systemOnlyField },
      hooks: { afterRead: [readTranslationChanges] },
      // Shown inside the status's cell and field, not on its own.
      admin: { readOnly: true, hidden: true, disableListColumn: true, disableListFilter: true },
    },
    ...reviewFields,
    ...fields,
  ]
}
