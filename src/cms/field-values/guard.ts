import {
  executeAccess,
  isValidID,
  ValidationError,
  type CollectionBeforeOperationHook,
  type FlattenedField,
  type GlobalBeforeOperationHook,
  type PayloadRequest,
  type SanitizedConfig,
} from 'payload'

import { checkValues, type NumberToValidate, type RelationRef, type ValueProblem } from '@/cms/field-values/check'
import { valueMessages } from '@/cms/field-values/messages'
import { localize } from '@/cms/messages'

/** The related documents among `relations` that do not exist (or whose id cannot be one). */
async function missing(req: PayloadRequest, relations: RelationRef[]): Promise<RelationRef[]> {
  const absent: RelationRef[] = []
  for (const slug of new Set(relations.map((relation) => relation.collection))) {
    const refs = relations.filter((relation) => relation.collection === slug)
    const collection = req.payload.collections[slug as never] as { customIDType?: 'number' | 'text' } | undefined
    const idType = collection?.customIDType ?? req.payload.db.defaultIDType
    const valid = refs.filter((ref) => collection && isValidID(ref.id, idType))
    const ids = [...new Set(valid.map((ref) => String(ref.id)))]
    const found = ids.length
      ? await req.payload.find({
          collection: slug as never,
          where: { id: { in: ids } },
          limit: ids.length,
          depth: 0,
          select: { id: true } as never,
          overrideAccess: true,
          req,
        })
      : { docs: [] }
    const existing = new Set(found.docs.map((doc) => String((doc as { id: unknown }).id)))
    absent.push(...refs.filter((ref) => !existing.has(String(ref.id))))
  }
  return absent
}

type FieldValidate = (value: unknown, options: Record<string, unknown>) => Promise<string | true> | string | true

/**
 * Numbers checked by their field's own validation (Payload's for min/max, ours for question
 * numbers and the like), which Payload skips for drafts: a draft's number is stored too.
 * Number validations read the value only, so they can run before anything else is known.
 */
async function outOfRange(req: PayloadRequest, numbers: NumberToValidate[], data: Record<string, unknown>) {
  const problems: ValueProblem[] = []
  for (const { path, field, value, refused } of numbers) {
    const validate = (field as { validate?: FieldValidate }).validate
    const verdict = validate
      ? await validate(value, { ...field, req, required: false, data, siblingData: data, path: path.split('.') })
      : true
    if (verdict !== true || refused) problems.push({ path, field, message: verdict === true ? refused! : verdict })
  }
  return problems
}

/**
 * Checks a write's values before anything is stored, on every path (REST, GraphQL, the Local
 * API, the admin; drafts and autosaves too, which Payload does not validate): a refused write
 * is a 400 naming its fields and writes nothing. Payload's own validation stays behind it for
 * what a publish needs (required fields, lengths); this is about what can be stored at all.
 * Before it, `{"publishAt": ""}` on a draft was stored and every later read of the document, its
 * lists and its versions failed with a 500 until the database was edited by hand.
 */
async function refuseMalformed(
  req: PayloadRequest,
  fields: FlattenedField[],
  data: unknown,
  owner: { collection?: string; global?: string },
): Promise<void> {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return
  const { problems, relations, numbers } = checkValues(fields, data as Record<string, unknown>, {
    locales: (req.payload.config.localization || { localeCodes: [] }).localeCodes,
    allLocales: req.locale === 'all',
    blocks: req.payload.config.blocks ?? [],
  })
  const absent = problems.length ? [] : await missing(req, relations)
  const all: ValueProblem[] = [
    ...problems,
    ...absent.map(({ path, field }) => ({ path, field, message: valueMessages.relationMissing })),
    ...(await outOfRange(req, numbers, data as Record<string, unknown>)),
  ]
  if (!all.length) return
  throw new ValidationError(
    {
      ...owner,
      errors: all.map(({ path, field, message }) => ({
        path,
        label: field.label || undefined,
        message: typeof message === 'string' ? message : localize(req, message),
      })),
      req,
    },
    req.t,
  )
}

/**
 * Fields whose value Payload sets itself before validating, whatever a write sends: the owner
 * of a preference is the signed-in user (Payload's own admin sends it as `{ collection, value }`,
 * a shape no relationship field accepts, and relies on that).
 */
const setByPayload: Record<string, string[]> = { 'payload-preferences': ['user'] }

type AccessFn = Parameters<typeof executeAccess>[1]

/**
 * Whether Payload will refuse the write for who makes it (its access check comes after these
 * hooks): then it answers 403 as before, and says nothing about the values to someone who may
 * not write them at all.
 */
async function refusedAnyway(
  req: PayloadRequest,
  args: { overrideAccess?: boolean; id?: unknown; data?: unknown },
  access: AccessFn,
): Promise<boolean> {
  if (args.overrideAccess) return false
  const id = typeof args.id === 'string' || typeof args.id === 'number' ? args.id : undefined
  const result = await executeAccess({ req, id, data: args.data, disableErrors: true }, access).catch(() => true)
  return result === false
}

const collectionWrites: CollectionBeforeOperationHook = async ({ args, operation, collection, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  if (await refusedAnyway(req, args, collection.access[operation])) return args
  const skipped = setByPayload[collection.slug] ?? []
  const fields = collection.flattenedFields.filter((field) => !skipped.includes(field.name))
  await refuseMalformed(req, fields, (args as { data?: unknown }).data, {
    collection: collection.slug,
  })
  return args
}

const globalWrites: GlobalBeforeOperationHook = async ({ args, operation, global, req }) => {
  if (operation !== 'update') return args
  if (await refusedAnyway(req, args, global.access.update)) return args
  await refuseMalformed(req, global.flattenedFields, (args as { data?: unknown }).data, { global: global.slug })
  return args
}

/**
 * Puts the check first in front of every collection's and global's writes, Payload's own
 * collections (edit locks, preferences, jobs) included: they are added while the config is
 * built, so this runs on the built config.
 */
export function refuseMalformedWrites(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections) {
    collection.hooks.beforeOperation = [collectionWrites, ...(collection.hooks.beforeOperation ?? [])]
  }
  for (const global of config.globals) {
    global.hooks.beforeOperation = [globalWrites, ...(global.hooks.beforeOperation ?? [])]
  }
  return config
}
