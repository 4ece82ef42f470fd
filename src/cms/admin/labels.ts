import type { CollectionConfig, Config, Field, GlobalConfig, LabelFunction, StaticLabel } from 'payload'

type PerLanguage = Record<string, string>

const isPerLanguage = (label: unknown): label is PerLanguage =>
  Boolean(label) &&
  typeof label === 'object' &&
  !Array.isArray(label) &&
  Object.values(label as object).every((value) => typeof value === 'string')

/**
 * A `{ tr, en }` label as Payload's label function: the admin's language, else Turkish. (Some
 * of Payload's own calls, on the sign-in page, pass no `i18n` although its type says they do.)
 */
const inAdminLanguage = (label: PerLanguage): LabelFunction => {
  const resolve: LabelFunction = (args) => {
    const language = (args as Partial<typeof args> | undefined)?.i18n?.language ?? 'tr'
    return label[language] ?? label.tr ?? Object.values(label)[0] ?? ''
  }
  return resolve
}

function convert<L>(label: L): L | LabelFunction {
  return isPerLanguage(label) ? inAdminLanguage(label) : label
}

function fieldsWithLabelFunctions(fields: Field[]): Field[] {
  return fields.map((field) => {
    const out = { ...field } as Field & { label?: unknown; fields?: Field[]; tabs?: Array<Record<string, unknown>> }
    if ('label' in out) out.label = convert(out.label as StaticLabel)
    if (Array.isArray(out.fields)) out.fields = fieldsWithLabelFunctions(out.fields)
    if (Array.isArray(out.tabs))
      out.tabs = out.tabs.map((tab) => ({
        ...tab,
        label: convert(tab.label),
        fields: fieldsWithLabelFunctions(tab.fields as Field[]),
      }))
    return out as Field
  })
}

/**
 * Our labels are written `{ tr, en }`; Payload keeps such objects as they are in the admin's
 * client config, and several of its screen-reader texts put the object itself into a sentence:
 * "Yeni [object Object]" on the dashboard's cards, "[object Object] göre sırala" on list
 * columns. A label function is resolved to the admin's language before it reaches the browser,
 * so every collection, global and field label becomes one here, in one place.
 */
export function withLabelFunctions(config: Config): Config {
  return {
    ...config,
    collections: config.collections?.map((collection): CollectionConfig => ({
      ...collection,
      labels: collection.labels && {
        singular: convert(collection.labels.singular),
        plural: convert(collection.labels.plural),
      },
      fields: fieldsWithLabelFunctions(collection.fields),
    })),
    globals: config.globals?.map((global): GlobalConfig => ({
      ...global,
      label: convert(global.label),
      fields: fieldsWithLabelFunctions(global.fields),
    })),
  }
}
