import type { FlattenedBlock, FlattenedField } from 'payload'

import type { Message } from '@/cms/messages'
import { valueMessages } from '@/cms/field-values/messages'
import { limits } from '@/shared/limits'

/** A value a write may not store, with what to send instead (a field's own validation says it in the reader's language). */
export type ValueProblem = { path: string; field: FlattenedField; message: Message | string }
/**
 * A number of the right type, to be checked by its field's own validation (its range, whole
 * numbers); `refused` when it is beyond what any number field holds exactly, whatever that says.
 */
export type NumberToValidate = { path: string; field: FlattenedField; value: number; refused?: Message }
/** A related document a write names: it must exist (checked against the database afterwards). */
export type RelationRef = { path: string; field: FlattenedField; collection: string; id: string | number }

export type CheckOptions = {
  /** The content languages; with `locale=all` a localized field's value comes per language. */
  locales: string[]
  allLocales: boolean
  /** Blocks referenced by slug (`blockReferences`) are defined once in the config. */
  blocks: FlattenedBlock[]
  now?: Date
}

type Walk = CheckOptions & { problems: ValueProblem[]; relations: RelationRef[]; numbers: NumberToValidate[] }
type Place = { path: string; field: FlattenedField; walk: Walk }
/** Answers the value to store (Payload's own spelling of it) or records a problem. */
type Handler = (value: unknown, place: Place) => unknown

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)

const refuse = (place: Place, message: Message, value: unknown): unknown => {
  place.walk.problems.push({ path: place.path, field: place.field, message })
  return value
}

/**
 * Dates in ISO 8601 only, the form the admin and the API send: `new Date()` also reads "1" (the
 * year 2001) or "Dec 1" (the year 2001 again), which nobody means. Stored in the one canonical
 * spelling (toISOString), so the database can compare stored dates as text.
 */
const isoDate = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/

function checkDate(value: unknown, place: Place): unknown {
  if (value === null) return null
  const text = value instanceof Date ? value.toISOString() : value
  if (typeof text !== 'string' || !isoDate.test(text)) return refuse(place, valueMessages.date, value)
  const time = new Date(text).getTime()
  const now = place.walk.now ?? new Date()
  const latest = new Date(now)
  latest.setUTCFullYear(latest.getUTCFullYear() + limits.dates.yearsAhead)
  if (Number.isNaN(time) || time < Date.UTC(limits.dates.earliestYear, 0, 1) || time > latest.getTime())
    return refuse(place, valueMessages.date, value)
  return new Date(time).toISOString()
}

/**
 * Payload reads a numeric string as its number and an empty one as no value; nothing else. The
 * field's own range is its validation's to tell (see NumberToValidate); here only what no number
 * field can hold exactly.
 */
function checkOneNumber(value: unknown, place: Place): unknown {
  const field = place.field as { min?: number; max?: number }
  if (value === null) return null
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value.trim()) : value
  if (typeof value === 'string' && value.trim() === '') return null
  const range = valueMessages.number(field.min ?? limits.number.min, field.max ?? limits.number.max)
  if (typeof number !== 'number' || !Number.isFinite(number)) return refuse(place, range, value)
  const unsafe = Math.abs(number) > limits.number.max
  place.walk.numbers.push({
    path: place.path,
    field: place.field,
    value: number,
    ...(unsafe ? { refused: range } : {}),
  })
  return number
}

const relationTypes = new Set(['relationship', 'upload'])

/** A field with `hasMany` takes a list of single values (or none). */
const manyOr =
  (one: Handler): Handler =>
  (value, place) => {
    if (!(place.field as { hasMany?: boolean }).hasMany) return one(value, place)
    // Payload reads these as "no related documents" (an emptied relationship field in a form).
    if (value === null || (relationTypes.has(place.field.type) && ['', 'none', 'null'].includes(value as string)))
      return value
    if (!Array.isArray(value)) return refuse(place, valueMessages.list, value)
    return value.map((item, index) => one(item, { ...place, path: `${place.path}.${index}` }))
  }

function checkText(value: unknown, place: Place): unknown {
  // Payload writes a number or a boolean as its text; a list or an object would become "[object Object]".
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return value
  return refuse(place, valueMessages.text, value)
}

function checkOption(value: unknown, place: Place): unknown {
  const options = ((place.field as { options?: Array<string | { value: string }> }).options ?? []).map((option) =>
    typeof option === 'string' ? option : option.value,
  )
  if (value === null || value === '') return null
  return typeof value === 'string' && options.includes(value)
    ? value
    : refuse(place, valueMessages.option(options), value)
}

function checkCheckbox(value: unknown, place: Place): unknown {
  if (value === null || typeof value === 'boolean') return value
  if (value === 'true' || value === 'false' || value === '') return value === 'true'
  return refuse(place, valueMessages.checkbox, value)
}

const idLike = (value: unknown): value is string | number =>
  (typeof value === 'string' && value.length > 0 && value.length <= 128) ||
  (typeof value === 'number' && Number.isSafeInteger(value))

/** One related document: its id, `{ id }` (a populated document) or `{ relationTo, value }`. */
function checkOneRelation(value: unknown, place: Place): unknown {
  if (value === null || value === '' || value === 'none' || value === 'null') return value
  const relationTo = (place.field as { relationTo: string | string[] }).relationTo
  if (Array.isArray(relationTo)) {
    if (!isObject(value) || typeof value.relationTo !== 'string' || !relationTo.includes(value.relationTo))
      return refuse(place, valueMessages.relationShape, value)
    const id = isObject(value.value) ? value.value.id : value.value
    if (!idLike(id)) return refuse(place, valueMessages.relationShape, value)
    place.walk.relations.push({ path: place.path, field: place.field, collection: value.relationTo, id })
    return value
  }
  const id = isObject(value) ? value.id : value
  if (!idLike(id)) return refuse(place, valueMessages.relationShape, value)
  place.walk.relations.push({ path: place.path, field: place.field, collection: relationTo, id })
  return value
}

function checkRichText(value: unknown, place: Place): unknown {
  if (value === null) return null
  let tree = value
  if (typeof value === 'string') {
    try {
      tree = JSON.parse(value)
    } catch {
      return refuse(place, valueMessages.richText, value)
    }
  }
  return isObject(tree) && isObject(tree.root) ? tree : refuse(place, valueMessages.richText, value)
}

function checkPoint(value: unknown, place: Place): unknown {
  if (value === null) return null
  const point = Array.isArray(value)
    ? value.map((part) => (typeof part === 'string' && part.trim() !== '' ? Number(part) : part))
    : []
  return point.length === 2 && point.every((part) => typeof part === 'number' && Number.isFinite(part))
    ? point
    : refuse(place, valueMessages.point, value)
}

function checkGroup(value: unknown, place: Place): unknown {
  if (!isObject(value)) return refuse(place, valueMessages.group, value)
  checkFieldsIn((place.field as { flattenedFields: FlattenedField[] }).flattenedFields, value, place.walk, place.path)
  return value
}

/** Rows of an array or blocks field; Payload also reads 0 as "no rows". */
function checkRows(value: unknown, place: Place, fieldsOf: (row: Record<string, unknown>) => FlattenedField[] | null) {
  if (value === null || value === 0 || value === '0') return value
  if (!Array.isArray(value)) return refuse(place, valueMessages.list, value)
  value.forEach((row, index) => {
    const rowPlace = { ...place, path: `${place.path}.${index}` }
    if (!isObject(row)) return refuse(rowPlace, valueMessages.group, row)
    const fields = fieldsOf(row)
    if (fields) checkFieldsIn(fields, row, place.walk, rowPlace.path)
  })
  return value
}

function checkBlocks(value: unknown, place: Place): unknown {
  const field = place.field as { blocks?: FlattenedBlock[]; blockReferences?: Array<string | FlattenedBlock> }
  const blocks = [
    ...(field.blocks ?? []),
    ...(field.blockReferences ?? []).map((ref) =>
      typeof ref === 'string' ? place.walk.blocks.find((block) => block.slug === ref) : ref,
    ),
  ].filter((block): block is FlattenedBlock => Boolean(block))
  return checkRows(value, place, (row) => {
    const block = blocks.find((candidate) => candidate.slug === row.blockType)
    if (block) return block.flattenedFields
    refuse(place, valueMessages.block(blocks.map((b) => b.slug)), row.blockType)
    return null
  })
}

/** One handler per field type, as Payload names them; a type not here (join) is not written by callers. */
const handlers: Partial<Record<FlattenedField['type'], Handler>> = {
  date: checkDate,
  number: manyOr(checkOneNumber),
  text: manyOr(checkText),
  textarea: checkText,
  email: checkText,
  code: checkText,
  select: manyOr(checkOption),
  radio: checkOption,
  checkbox: checkCheckbox,
  relationship: manyOr(checkOneRelation),
  upload: manyOr(checkOneRelation),
  richText: checkRichText,
  point: checkPoint,
  json: (value) => value,
  group: checkGroup,
  tab: checkGroup,
  array: (value, place) =>
    checkRows(value, place, () => (place.field as { flattenedFields: FlattenedField[] }).flattenedFields),
  blocks: checkBlocks,
}

function checkFieldsIn(fields: FlattenedField[], data: Record<string, unknown>, walk: Walk, prefix: string) {
  for (const field of fields) {
    const handler = handlers[field.type]
    // Virtual fields are computed on reading, never stored: whatever a form sends back is dropped.
    if (!handler || !(field.name in data) || data[field.name] === undefined || (field as { virtual?: unknown }).virtual)
      continue
    const path = `${prefix ? `${prefix}.` : ''}${field.name}`
    const place: Place = { path, field, walk }
    const value = data[field.name]
    if (field.localized && walk.allLocales) {
      if (!isObject(value) || Object.keys(value).some((code) => !walk.locales.includes(code))) {
        refuse(place, valueMessages.perLocale(walk.locales), value)
        continue
      }
      for (const code of Object.keys(value)) {
        if (value[code] === undefined) continue
        value[code] = checkLocalized(handler, value[code], { ...place, path: `${path}.${code}` })
      }
      continue
    }
    data[field.name] = handler(value, place)
  }
}

/** Fields inside a localized group or array are not localized again. */
function checkLocalized(handler: Handler, value: unknown, place: Place): unknown {
  const before = place.walk.allLocales
  place.walk.allLocales = false
  try {
    return handler(value, place)
  } finally {
    place.walk.allLocales = before
  }
}

/**
 * Checks the values a write sends against the fields they are for, before anything is stored:
 * a value of the wrong type or out of range is a problem naming its field; dates, numbers and
 * checkboxes are brought to the form Payload stores (in `data`, in place). The related
 * documents it names are listed for the caller to look up, and the numbers for their fields'
 * own validation (a question number's range says more than any range of ours).
 */
export function checkValues(
  fields: FlattenedField[],
  data: Record<string, unknown>,
  options: CheckOptions,
): { problems: ValueProblem[]; relations: RelationRef[]; numbers: NumberToValidate[] } {
  const walk: Walk = { ...options, problems: [], relations: [], numbers: [] }
  checkFieldsIn(fields, data, walk, '')
  return { problems: walk.problems, relations: walk.relations, numbers: walk.numbers }
}
