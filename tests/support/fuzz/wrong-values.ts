import fc from 'fast-check'
import type { FlattenedField } from 'payload'

import { limits } from '@/shared/limits'

/**
 * Values no field of a given type may store, for the property tests of writes
 * (tests/integration/security/well-formed-writes.test.ts): each is what a careless or hostile client
 * could send in JSON, and none is a value Payload itself would read as valid.
 */
const notAnObject = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.array(fc.integer(), { maxLength: 3 }))
const objectOrList = fc.oneof(
  fc.constant({}),
  fc.constant([]),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
  fc.array(fc.jsonValue({ maxDepth: 1 }), { minLength: 1, maxLength: 3 }),
)

const day = 24 * 3600_000
/** Valid instants outside the stored range: before 2000, after ten years from now, years past 9999. */
const outOfRangeDate = fc
  .oneof(
    fc.integer({ min: -8.64e15, max: Date.UTC(limits.dates.earliestYear, 0, 1) - 1 }),
    fc.integer({ min: Date.now() + (limits.dates.yearsAhead * 366 + 2) * day, max: 8.64e15 }),
  )
  .map((time) => new Date(time).toISOString())

const notADate = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    'yarın',
    '2026-13-45T99:00:00.000Z',
    'NaN',
    '1',
    'Dec 1 2026',
    '-000001-01-01T00:00:00.000Z',
  ),
  fc.string({ maxLength: 12 }).filter((text) => !/^\d{4}-\d{2}-\d{2}/.test(text)),
  fc.integer(),
  fc.boolean(),
  objectOrList,
  outOfRangeDate,
)

const numberOutside = (field: { min?: number; max?: number }) =>
  fc.oneof(
    fc.double({ min: (field.max ?? limits.number.max) + 1, max: 1e300, noNaN: true }),
    fc.double({ max: (field.min ?? limits.number.min) - 1, min: -1e300, noNaN: true }),
  )

const notANumber = (field: { min?: number; max?: number }) =>
  fc.oneof(
    fc.constantFrom('x', 'NaN', '1e400', '12abc', 'Infinity', '--1'),
    fc.boolean(),
    objectOrList,
    numberOutside(field),
  )

const notAnOption = (options: string[]) =>
  fc.oneof(
    fc.string({ minLength: 1, maxLength: 8 }).filter((text) => !options.includes(text)),
    fc.integer(),
    fc.boolean(),
    objectOrList,
  )

const missingId = fc.uuid().map((id) => `${id}`)
const notARelation = fc.oneof(missingId, fc.integer(), fc.boolean(), fc.constant({}), fc.constant({ id: {} }))

const optionsOf = (field: FlattenedField): string[] =>
  ((field as { options?: Array<string | { value: string }> }).options ?? []).map((option) =>
    typeof option === 'string' ? option : option.value,
  )

/** Wrong values for one field, or null for a field that takes anything (JSON). */
export function wrongValuesFor(field: FlattenedField): fc.Arbitrary<unknown> | null {
  const many = (field as { hasMany?: boolean }).hasMany
  switch (field.type) {
    case 'date':
      return notADate
    case 'number':
      return many
        ? fc.oneof(
            fc.string(),
            notANumber(field).map((value) => [value]),
          )
        : notANumber(field)
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
      return many ? fc.oneof(fc.integer(), fc.constant([{}])) : objectOrList
    case 'select':
    case 'radio':
      return many
        ? fc.oneof(
            fc.string(),
            notAnOption(optionsOf(field)).map((value) => [value]),
          )
        : notAnOption(optionsOf(field))
    case 'checkbox':
      return fc.oneof(fc.integer(), fc.constantFrom('yes', 'no', 'on', '1'), objectOrList)
    case 'relationship':
    case 'upload':
      return many
        ? fc.oneof(
            fc.string({ minLength: 1 }).filter((text) => !['none', 'null'].includes(text)),
            notARelation.map((value) => [value]),
          )
        : notARelation
    case 'richText':
      return fc.oneof(
        fc.string().filter((text) => !text.trim().startsWith('{')),
        fc.integer(),
        fc.constant({}),
        fc.constant({ root: 'x' }),
        fc.array(fc.integer()),
      )
    case 'point':
      return fc.oneof(fc.string(), fc.constant([1]), fc.constant(['a', 'b']), fc.constant({}))
    case 'group':
    case 'tab':
      return notAnObject
    case 'array':
    case 'blocks':
      return fc.oneof(
        fc.string({ minLength: 1 }).filter((text) => text !== '0'),
        fc.constant({}),
        fc.constant([1, 2]),
        fc.constant(['x']),
      )
    default:
      return null
  }
}
