import { Kind, valueFromASTUntyped, type GraphQLError } from 'graphql'
import type {
  AfterErrorHook,
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionAfterOperationHook,
  CollectionBeforeOperationHook,
  GlobalAfterChangeHook,
  RequestContext,
} from 'payload'

import { documentOf, recordActivity } from '@/cms/activity/record'
import { signInFailureLog } from '@/cms/activity/sign-in-failures'
import { activityRecordedByCaller } from '@/shared/activity'
import { clientAddress } from '@/shared/requests/client-address'

import type { User } from '@payload-types'

/** A restore is recorded once, as a restore, not also as the publish it may be. */
const restoring = 'activityRestoring'
/** Set when a write takes a published document off the site (Payload's "unpublish"). */
const unpublishing = 'activityUnpublishing'

/** Draft saves are work in progress, not activity; the publishing rules mark them (`savingDraft`). */
const notRecorded = (context: RequestContext) =>
  Boolean(context[activityRecordedByCaller] || context.savingDraft || context[restoring])

/**
 * A write that readers can see: a publish (of a new or an existing document, or a live edit)
 * or an unpublish, with the language it was made in.
 */
export const recordPublishing: CollectionAfterChangeHook = async ({ doc, req, collection, context }) => {
  if (notRecorded(context)) return doc
  const action = context[unpublishing] ? 'unpublish' : doc._status === 'published' ? 'publish' : null
  if (action)
    await recordActivity(
      req.payload,
      { action, ...documentOf(collection, doc, collection.admin.useAsTitle), locale: req.locale },
      req,
    )
  return doc
}

export const recordGlobalPublishing: GlobalAfterChangeHook = async ({ doc, req, global, context }) => {
  if (context[activityRecordedByCaller] || context.savingDraft || doc._status !== 'published') return doc
  const action = context[restoring] ? 'restore' : 'publish'
  await recordActivity(req.payload, { action, ...documentOf(global, doc), locale: req.locale }, req)
  return doc
}

export const recordDelete: CollectionAfterDeleteHook = async ({ doc, req, collection, context }) => {
  if (!context[activityRecordedByCaller])
    await recordActivity(
      req.payload,
      { action: 'delete', ...documentOf(collection, doc, collection.admin.useAsTitle) },
      req,
    )
  return doc
}

/**
 * Marks what a write is before Payload runs it: a restore, or an unpublish (a write of
 * `_status: draft` that is not a draft save, on a document readers see). Afterwards the
 * document before the write is its newest version, which may be a draft even while the
 * document is published: only the live table tells.
 */
export const markActivity: CollectionBeforeOperationHook = async ({ args, operation, req, collection }) => {
  if (operation === 'restoreVersion') req.context[restoring] = true
  const write = args as { id?: string | number; draft?: boolean; data?: { _status?: string } }
  if (operation !== 'create' && operation !== 'update') return args
  // Decided afresh for each write: several can share one request (publishing a page together).
  req.context[unpublishing] = false
  if (operation === 'update' && !write.draft && write.data?._status === 'draft' && write.id !== undefined) {
    const live = await req.payload.db.findOne<{ id: string; _status?: string }>({
      collection: collection.slug,
      req,
      where: { id: { equals: write.id } },
    })
    req.context[unpublishing] = live?._status === 'published'
  }
  return args
}

/** Also marks a global's restore, from its own publishing rules. */
export const markGlobalRestore = (req: { context: RequestContext }) => {
  req.context[restoring] = true
}

export const recordRestore: CollectionAfterOperationHook = async ({ args, operation, req, result, collection }) => {
  if (operation !== 'restoreVersion' || !result) return result
  const restoreArgs = args as { id?: string | number; draft?: boolean }
  await recordActivity(
    req.payload,
    {
      action: 'restore',
      ...documentOf(collection, result as Record<string, unknown>, collection.admin.useAsTitle),
      locale: req.locale,
      details: { version: String(restoreArgs.id), asDraft: Boolean(restoreArgs.draft) },
    },
    req,
  )
  return result
}

/** New people, and changes to what someone may do: their role and their translation languages. */
export const recordUserChanges: CollectionAfterChangeHook<User> = async ({ doc, previousDoc, operation, req }) => {
  const target = {
    collection: 'users',
    document: String(doc.id),
    documentTitle: `Kullanıcı: ${doc.name || doc.email}`,
  }
  const languages = (user: Partial<User> | undefined) => [...(user?.languages ?? [])].sort()
  if (operation === 'create') {
    await recordActivity(
      req.payload,
      { action: 'user_created', ...target, details: { role: doc.role, languages: languages(doc) } },
      req,
    )
    return doc
  }
  if (previousDoc?.role !== doc.role)
    await recordActivity(
      req.payload,
      { action: 'role_changed', ...target, details: { from: previousDoc?.role ?? null, to: doc.role } },
      req,
    )
  if (JSON.stringify(languages(previousDoc)) !== JSON.stringify(languages(doc)))
    await recordActivity(
      req.payload,
      { action: 'languages_changed', ...target, details: { from: languages(previousDoc), to: languages(doc) } },
      req,
    )
  return doc
}

const signInErrors = new Set(['AuthenticationError', 'LockedAuth'])

/**
 * What was typed as the e-mail address in the GraphQL field that failed: each `loginUser` of a
 * request fails on its own, under its alias if it has one, so the field is found by its name in
 * the query (the error's node), and its `email` argument is read there, written inline or
 * passed as a variable. Null for any other field.
 */
function graphqlSignInEmail(error: unknown, variables: unknown): { email: unknown } | null {
  const field = (error as Partial<GraphQLError>).nodes?.[0]
  if (field?.kind !== Kind.FIELD || !/^login[A-Z]/.test(field.name.value)) return null
  const argument = field.arguments?.find((each) => each.name.value === 'email')
  const values = variables && typeof variables === 'object' ? (variables as Record<string, unknown>) : undefined
  return { email: argument ? valueFromASTUntyped(argument.value, values) : undefined }
}

/**
 * A failed sign-in over REST (the admin's own form) or GraphQL: Payload has no hook for it,
 * only its error, once per failed attempt (a GraphQL request with several `loginUser` fields
 * fails once for each). Counted apart from the activity log, per address, account and minute
 * (src/cms/activity/sign-in-failures.ts), outside the failed request's transaction.
 */
export const recordFailedSignIn: AfterErrorHook = async ({ error, req, graphqlResult }) => {
  const original = ((error as { originalError?: Error }).originalError ?? error) as Error
  if (!signInErrors.has(original?.name) || !req.url) return
  const data = req.data as { email?: unknown; variables?: unknown } | undefined
  const attempt = graphqlResult
    ? graphqlSignInEmail(error, data?.variables)
    : new URL(req.url, 'http://localhost').pathname.endsWith('/users/login')
      ? { email: data?.email }
      : null
  if (!attempt) return
  await signInFailureLog(req.payload).record({
    address: clientAddress(req as unknown as Request),
    email: attempt.email,
  })
}
