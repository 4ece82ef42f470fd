import {
  ValidationError,
  type FlattenedField,
  type PayloadRequest,
  type SanitizedCollectionConfig,
  type ValidationFieldError,
} from 'payload'

type Values = Record<string, unknown>

/** The collection's top-level fields that hold a value per language. */
export const localizedFields = (config: SanitizedCollectionConfig): Set<string> =>
  new Set(config.flattenedFields.filter((f) => 'localized' in f && f.localized).map((f) => f.name))

/**
 * A document with every language as Payload's update operation hands it to the hooks: each
 * localized field in the save's language only (no fallback: an update reads its document so).
 */
export function inLanguage(doc: Values, localized: Set<string>, locale: string): Values {
  const flat: Values = {}
  for (const [key, value] of Object.entries(doc))
    flat[key] = localized.has(key) && value && typeof value === 'object' ? ((value as Values)[locale] ?? null) : value
  return flat
}

/**
 * The written fields through their own `beforeChange` hooks (invisible characters in a label,
 * unsafe or unbounded rich text: each throws its ValidationError) and then their validation,
 * as Payload's update runs them on a draft of a collection that validates drafts
 * (`drafts.validate`, src/cms/publishing/versions.ts). The errors are thrown together, as one
 * ValidationError, as Payload throws them: the import reports the fields it names.
 * Returns the data as the hooks left it.
 */
export async function hookedAndValidated(
  req: PayloadRequest,
  config: SanitizedCollectionConfig,
  id: string,
  data: Values,
  originalDoc: Values,
): Promise<Values> {
  const errors: ValidationFieldError[] = []
  const fields = config.flattenedFields.filter((f): f is FlattenedField => 'name' in f && f.name in data)
  const result = { ...data }
  for (const field of fields) {
    for (const hook of ('hooks' in field && field.hooks?.beforeChange) || []) {
      const hooked = await hook({
        collection: config,
        context: req.context,
        data: result,
        field: field as never,
        global: undefined,
        indexPath: [],
        operation: 'update',
        originalDoc,
        path: [field.name],
        previousSiblingDoc: originalDoc,
        previousValue: originalDoc[field.name],
        req,
        schemaPath: [field.name],
        siblingData: result,
        siblingFields: config.fields,
        value: result[field.name],
      } as never)
      if (hooked !== undefined) result[field.name] = hooked
    }
  }
  for (const field of fields) {
    if (!('validate' in field) || typeof field.validate !== 'function') continue
    const outcome = await (
      field.validate as (value: unknown, options: unknown) => Promise<string | true> | string | true
    )(result[field.name], {
      ...field,
      id,
      collectionSlug: config.slug,
      data: { ...originalDoc, ...result },
      event: 'submit',
      operation: 'update',
      overrideAccess: true,
      path: [field.name],
      preferences: { fields: {} },
      previousValue: originalDoc[field.name],
      req,
      siblingData: { ...originalDoc, ...result },
    })
    if (typeof outcome === 'string') errors.push({ label: field.name, message: outcome, path: field.name })
  }
  if (errors.length) throw new ValidationError({ collection: config.slug, errors, id, req }, req.t)
  return result
}
