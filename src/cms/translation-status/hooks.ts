import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeOperationHook,
  Field,
  FieldHook,
  GlobalAfterChangeHook,
  PayloadRequest,
  Where,
} from 'payload'

import { liveAndNewestAfterSave, type DocumentRef, type LiveAndNewest } from '@/cms/publishing/live-and-newest'
import { recordTranslationStates, removeTranslationStates } from '@/cms/translation-status/record'
import { translationChangesOf, translationStatusOf, whereInStates } from '@/cms/translation-status/read'
import { isLocale } from '@/shared/locales'
import { isStaff } from '@/shared/roles'
import {
  isTranslationState,
  leftOutdatedContext,
  madeFromContext,
  type TranslationState,
} from '@/shared/states/translation-states'

export const statusField = 'translationStatus'
/** Beside it: how many paragraphs of each outdated translation's Turkish changed (`{ en: { total, changed } }`). */
export const changesField = 'translationChanges'

/** The translated fields, as `withTranslationAid` recorded them on the status field. */
export function translatedFields(fields: readonly Field[]): string[] | null {
  const field = fields.find((f) => 'name' in f && f.name === statusField)
  const translated = (field?.custom as { translated?: string[] } | undefined)?.translated
  return translated ?? null
}

async function record(
  req: PayloadRequest,
  ref: DocumentRef,
  scope: string,
  fields: string[],
  read?: Promise<LiveAndNewest>,
) {
  const hash = (req.context[madeFromContext] as Record<string, string> | undefined)?.[scope]
  const locale = String(req.locale)
  const states = await recordTranslationStates(req, ref, fields, {
    ...(hash ? { madeFrom: { locale, hash } } : {}),
    read,
  })
  if (hash && states[locale] === 'outdated') {
    const left = (req.context[leftOutdatedContext] as string[] | undefined) ?? []
    req.context[leftOutdatedContext] = [...left, scope]
  }
  return states
}

/**
 * The written document as the caller gets it back carries the states and paragraph counts
 * after this write: Payload reads the document (and its virtual `translationStatus`) before the
 * afterChange hooks record them, so the answer to a PATCH said what the status had been. Only
 * where the read put the field (staff, and not left out by `select`).
 */
async function withStates<T extends object>(
  req: PayloadRequest,
  doc: T,
  states: Record<string, TranslationState>,
  scope: string,
  document: string,
): Promise<T> {
  const read = doc as Record<string, unknown>
  const shown = (field: string) => field in read && read[field] !== null
  if (!shown(statusField)) return doc
  // The paragraph counts too, as recorded by this write (one small read of its rows).
  const changes = shown(changesField) ? { [changesField]: await translationChangesOf(req, scope, document) } : {}
  return { ...doc, [statusField]: states, ...changes }
}

export const recordAfterChange: CollectionAfterChangeHook = async ({ doc, data, collection, req }) => {
  const fields = translatedFields(collection.fields)
  if (!fields) return doc
  const ref = { collection: collection.slug, id: doc.id }
  // Read once for this save: the publishing state's hook compares the same two.
  const states = await record(req, ref, collection.slug, fields, liveAndNewestAfterSave(data, req, ref))
  return withStates(req, doc, states, collection.slug, String(doc.id))
}

export const recordGlobalAfterChange: GlobalAfterChangeHook = async ({ doc, global, req }) => {
  const fields = translatedFields(global.fields)
  if (!fields) return doc
  return withStates(req, doc, await record(req, { global: global.slug }, global.slug, fields), global.slug, global.slug)
}

export const removeAfterDelete: CollectionAfterDeleteHook = async ({ id, collection, req }) => {
  if (translatedFields(collection.fields)) await removeTranslationStates(req, { collection: collection.slug, id })
}

/** `translationStatus` on a document read by staff (field access hides it from everyone else). */
export const readTranslationStatus: FieldHook = async ({ data, req, collection, global }) => {
  if (!isStaff(req.user)) return null
  if (global) return translationStatusOf(req, global.slug, global.slug)
  if (!collection || data?.id === undefined) return null
  return translationStatusOf(req, collection.slug, String(data.id))
}

/** `translationChanges` on a document read by staff: the counts stored on its outdated translations' rows. */
export const readTranslationChanges: FieldHook = async ({ data, req, collection, global }) => {
  if (!isStaff(req.user)) return null
  if (global) return translationChangesOf(req, global.slug, global.slug)
  if (!collection || data?.id === undefined) return null
  return translationChangesOf(req, collection.slug, String(data.id))
}

const statesOf = (condition: unknown): TranslationState[] | null => {
  if (!condition || typeof condition !== 'object') return null
  const entries = Object.entries(condition as Record<string, unknown>)
  if (entries.length !== 1) return null
  const [operator, operand] = entries[0]
  const values = (Array.isArray(operand) ? operand : String(operand).split(',')).map(String)
  if (!values.every(isTranslationState)) return null
  if (operator === 'equals' || operator === 'in') return values
  return null
}

/**
 * `where[translationStatus.en][equals]=outdated` (the admin's status filter, or any REST
 * caller) becomes a condition on the document ids whose state row says so, before Payload
 * checks the query: the status is not a column of the document.
 */
async function rewrite(where: Where, req: PayloadRequest, collection: string): Promise<Where> {
  const result: Where = {}
  const added: Where[] = []
  for (const [key, value] of Object.entries(where)) {
    if ((key === 'and' || key === 'or') && Array.isArray(value)) {
      result[key] = await Promise.all(value.map((item) => rewrite(item as Where, req, collection)))
      continue
    }
    const [name, locale, ...rest] = key.split('.')
    if (name !== statusField) {
      result[key] = value as Where[string]
      continue
    }
    const states = statesOf(value)
    if (!isStaff(req.user) || !isLocale(locale) || rest.length > 0 || !states) {
      // Not a question anyone but staff may ask, or not one of the supported forms: left for
      // Payload to refuse as a query on an unknown path.
      result[key] = value as Where[string]
      continue
    }
    added.push(await whereInStates(req, collection, locale, states))
  }
  return added.length ? { and: [result, ...added] } : result
}

export const filterByTranslationStatus: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
  collection,
}) => {
  if (operation !== 'read' && operation !== 'count') return args
  const query = args as { where?: Where; select?: Record<string, unknown> }
  if (query.where && JSON.stringify(query.where).includes(statusField))
    query.where = await rewrite(query.where, req, collection.slug)
  // A list that shows the status column (the admin selects only its columns) reads the
  // paragraph counts with it, for the cell's "10 paragraftan 1'i değişti": same rows, same query.
  if (query.select?.[statusField] === true && !(changesField in query.select))
    query.select = { ...query.select, [changesField]: true }
  return args
}
