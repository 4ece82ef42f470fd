import type { FlattenedField } from 'payload'
import { parse } from 'qs-esm'

import { limits } from '@/shared/limits'
import { requestMessages } from '@/cms/request-guard/messages'
import { Refused } from '@/cms/refused'

/** The fields of a collection by its slug, to read a `where` path against. */
export type FieldsOf = (collection: string) => readonly FlattenedField[] | undefined

/**
 * Payload's query operators that every database adapter answers: point fields' near, within
 * and intersects are not used here, and `all` exists only on MongoDB (the SQL adapters fail
 * on it with a 500), so it is refused everywhere and queries behave alike on both.
 */
const operators = new Set([
  'equals',
  'not_equals',
  'in',
  'not_in',
  'exists',
  'like',
  'not_like',
  'contains',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
])

type ValueKind = 'date' | 'number' | 'boolean'

/** What kind of value a `where` path compares, following relations (`area.title`) and groups. */
function kindOf(path: string, collection: string, fieldsOf: FieldsOf): ValueKind | null {
  let fields = fieldsOf(collection)
  const segments = path.split('.')
  for (const [index, segment] of segments.entries()) {
    const field = fields?.find((f) => 'name' in f && f.name === segment)
    if (!field) return null
    if (index === segments.length - 1) {
      return field.type === 'date'
        ? 'date'
        : field.type === 'number'
          ? 'number'
          : field.type === 'checkbox'
            ? 'boolean'
            : null
    }
    if ((field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string')
      fields = fieldsOf(field.relationTo)
    else if ('flattenedFields' in field) fields = field.flattenedFields
    else return null
  }
  return null
}

const fits: Record<ValueKind, (value: string) => boolean> = {
  date: (v) => !Number.isNaN(Date.parse(v)),
  number: (v) => v.trim() !== '' && Number.isFinite(Number(v)),
  boolean: (v) => v === 'true' || v === 'false',
}

const listOf = (operand: unknown): unknown[] =>
  Array.isArray(operand) ? operand : typeof operand === 'string' ? operand.split(',') : [operand]

/**
 * Checks a `where` (as qs parsed it) without recursion: its shape, the number of conditions,
 * how deeply and/or nest, the operators, and that dates, numbers and booleans are what
 * their fields hold (the database would fail on `greater_than=notadate` with a 500).
 */
function checkWhere(
  where: unknown,
  collection: string | null,
  fieldsOf: FieldsOf,
  counter: { conditions: number },
): void {
  const stack: Array<[unknown, number]> = [[where, 0]]
  while (stack.length) {
    const [node, depth] = stack.pop()!
    if (!node || typeof node !== 'object' || Array.isArray(node)) throw new Refused(requestMessages.whereShape)
    if (depth > limits.whereDepth) throw new Refused(requestMessages.whereTooMany)
    for (const [key, value] of Object.entries(node)) {
      if (key === 'and' || key === 'or') {
        if (!value || typeof value !== 'object') throw new Refused(requestMessages.whereShape)
        for (const item of Object.values(value)) stack.push([item, depth + 1])
        continue
      }
      if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Refused(requestMessages.whereShape)
      for (const [operator, operand] of Object.entries(value)) {
        if (++counter.conditions > limits.whereConditions) throw new Refused(requestMessages.whereTooMany)
        if (!operators.has(operator)) throw new Refused(requestMessages.whereOperator(operator.slice(0, 40)))
        const kind = operator === 'exists' ? 'boolean' : collection ? kindOf(key, collection, fieldsOf) : null
        if (!kind || operator === 'like' || operator === 'not_like' || operator === 'contains') continue
        for (const item of listOf(operand)) {
          if (typeof item !== 'string' || !fits[kind](item))
            throw new Refused(requestMessages.whereValue(key.slice(0, 60), kind))
        }
      }
    }
  }
}

function checkWholeNumber(name: string, value: unknown, min: number, max: number): void {
  if (value === undefined) return
  const number = typeof value === 'string' && /^\d{1,16}$/.test(value) ? Number(value) : NaN
  if (!(number >= min && number <= max)) throw new Refused(requestMessages.queryNumber(name, min, max))
}

/** The paging of a list: `limit` 1…pageSize, `page` 1…, and never all documents at once. */
function checkPaging(params: Record<string, unknown>, name = (key: string) => key): void {
  checkWholeNumber(name('limit'), params.limit, 1, limits.pageSize)
  checkWholeNumber(name('page'), params.page, 1, limits.page)
  if (params.pagination === 'false') throw new Refused(requestMessages.paginationOff)
}

/**
 * A bulk update or delete (PATCH or DELETE on a whole collection) must say which documents
 * with a `where`; Payload would refuse it too, but logs the refusal as a server error.
 */
export function checkBulkWrite(method: string, slug: string[], search: string): void {
  if ((method !== 'PATCH' && method !== 'DELETE') || slug.length !== 1 || slug[0] === 'globals') return
  const query = parse(search, { depth: 1, ignoreQueryPrefix: true }) as Record<string, unknown>
  if (query.where === undefined) throw new Refused(requestMessages.bulkNeedsWhere)
}

/**
 * Checks an API query string before Payload reads it (Payload parses it with the same qs
 * options): its length, paging, population depth, sort, and every `where`, also those of
 * joined lists (`joins[choices][where]`). Throws a Refused (400/414) naming the problem.
 */
export function checkRestQuery(
  search: string,
  collection: string | null,
  fieldsOf: FieldsOf,
  maxChars = limits.queryStringChars,
): void {
  if (search.length > maxChars) throw new Refused(requestMessages.queryTooLong, 414)
  if (!search || search === '?') return
  const query = parse(search, {
    allowEmptyArrays: true,
    arrayLimit: 1000,
    depth: 10,
    ignoreQueryPrefix: true,
  }) as Record<string, unknown>
  checkPaging(query)
  checkWholeNumber('depth', query.depth, 0, limits.populateDepth)
  const sort = query.sort === undefined ? [] : Array.isArray(query.sort) ? query.sort : [query.sort]
  if (sort.length > 5 || sort.some((s) => typeof s !== 'string' || s.length > 100))
    throw new Refused(requestMessages.sortTooLong)
  const counter = { conditions: 0 }
  if (query.where !== undefined) checkWhere(query.where, collection, fieldsOf, counter)
  if (query.joins && typeof query.joins === 'object') {
    for (const [name, join] of Object.entries(query.joins)) {
      if (!join || typeof join !== 'object') continue
      const params = join as Record<string, unknown>
      checkPaging(params, (key) => `joins[${name.slice(0, 40)}][${key}]`)
      const field = collection ? fieldsOf(collection)?.find((f) => f.type === 'join' && f.name === name) : undefined
      const joined = field?.type === 'join' && typeof field.collection === 'string' ? field.collection : null
      if (params.where !== undefined) checkWhere(params.where, joined, fieldsOf, counter)
    }
  }
}
