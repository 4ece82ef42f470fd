import type { Field } from 'payload'

import type { ShownField } from '@/cms/admin/DefaultLanguageText'

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
        components: { Field: { path: '/cms/admin/TranslationAid', clientProps: { fields: shown } } },
      },
    },
    ...fields,
  ]
}
