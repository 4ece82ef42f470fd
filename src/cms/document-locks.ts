import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook, PayloadRequest, SanitizedConfig } from 'payload'

import { staffOnly } from '@/cms/access'
import { localize, messages } from '@/cms/messages'
import { isAdmin, isStaff } from '@/shared/roles'
import { Refused } from '@/cms/refused'

/** Payload's own collection of edit locks ("X is editing this document"). */
const locksSlug = 'payload-locked-documents'

type Lock = {
  user?: { relationTo?: string; value?: unknown } | string | null
  document?: { relationTo?: string; value?: unknown } | null
  globalSlug?: string | null
}

const idOf = (value: unknown): string | null => {
  if (value && typeof value === 'object')
    return idOf((value as { value?: unknown; id?: unknown }).value ?? (value as { id?: unknown }).id)
  return typeof value === 'string' || typeof value === 'number' ? String(value) : null
}

/**
 * Whether the user may edit what a lock is on: an account only their own (admins any);
 * content and the site texts every CMS user (translators edit them in their languages).
 */
function mayEdit(req: PayloadRequest, lock: Lock): boolean {
  const user = req.user
  if (!isStaff(user)) return false
  const collection = lock.document?.relationTo
  if (collection === 'users') return isAdmin(user) || idOf(lock.document?.value) === String(user!.id)
  if (collection) return Boolean(req.payload.collections[collection as never])
  return Boolean(lock.globalSlug && req.payload.config.globals.some((g) => g.slug === lock.globalSlug))
}

const refuse = (req: PayloadRequest) => new Refused(localize(req, messages.lockNotYours), 403)

/**
 * A lock is for oneself, on a document one may edit, and dated by the server: a lock sent for
 * another user, or with a far-future date, would keep editors out of a document (423) until
 * someone found and deleted it. (The admin writes its own locks through the database
 * adapter, past these hooks; they guard the REST, GraphQL and Local API paths.)
 */
const ownLockNow: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  if (!req.user) return data
  const lock = { ...(originalDoc as Lock | undefined), ...(data as Lock) }
  if (idOf(lock.user) !== String(req.user.id) || !mayEdit(req, lock)) throw refuse(req)
  // The present in Payload's own spelling: Payload decides whether a lock still holds by this
  // date, in the database too (text on SQLite), which is time order for that spelling only.
  return { ...data, updatedAt: new Date().toISOString() }
}

/** Releasing (or taking over) a lock: only on a document one may edit. */
const releaseEditable: CollectionBeforeDeleteHook = async ({ id, req }) => {
  if (!req.user) return
  const lock = (await req.payload.findByID({
    collection: locksSlug as never,
    id,
    depth: 0,
    req,
    disableErrors: true,
  })) as Lock | null
  if (lock && !mayEdit(req, lock)) throw refuse(req)
}

/**
 * Applied to the built config: Payload adds its locked-documents collection itself, with
 * "any signed-in user may do anything" access and no way to configure it before the build.
 */
export function guardDocumentLocks(config: SanitizedConfig): SanitizedConfig {
  const locks = config.collections.find((c) => c.slug === locksSlug)
  if (!locks) return config
  locks.access = { ...locks.access, read: staffOnly, create: staffOnly, update: staffOnly, delete: staffOnly }
  locks.hooks.beforeChange = [...(locks.hooks.beforeChange ?? []), ownLockNow]
  locks.hooks.beforeDelete = [...(locks.hooks.beforeDelete ?? []), releaseEditable]
  return config
}
