import {
  ValidationError,
  type CollectionAfterLoginHook,
  type CollectionBeforeDeleteHook,
  type CollectionBeforeOperationHook,
  type CollectionBeforeValidateHook,
} from 'payload'

import type { User } from '@payload-types'
import { inRange, limits } from '@/shared/limits'
import { localize, messages } from '@/cms/messages'

/**
 * The first account created on an empty database (the create-first-user screen, or
 * ADMIN_EMAIL at first start) is the administrator; otherwise nobody could manage users.
 */
export const firstUserIsAdmin: CollectionBeforeValidateHook<User> = async ({ data, operation, req }) => {
  if (operation !== 'create' || !data) return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req })
  return totalDocs === 0 ? { ...data, role: 'admin' } : data
}

/**
 * Passwords of `limits.auth.passwordChars` length, on every path that sets one: create,
 * update (the account page), reset-password and the create-first-user screen (Payload's own
 * check accepts three characters and cannot be configured).
 */
export const passwordLength: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (!['create', 'update', 'resetPassword'].includes(operation)) return args
  const password = (args as { data?: { password?: unknown } }).data?.password
  if (password === undefined || password === null || password === '') return args
  if (typeof password !== 'string' || !inRange(password.length, limits.auth.passwordChars)) {
    throw new ValidationError({
      collection: 'users',
      req,
      errors: [{ path: 'password', message: localize(req, messages.passwordLength) }],
    })
  }
  return args
}

/**
 * A deleted user's edit locks go with them. On SQL databases the lock's link to the user is
 * removed with the user and the lock is left without an owner, which Payload 3 counts as
 * "locked by someone else" and which blanks the document's edit view for everyone until it
 * expires (payloadcms/payload#18200). Removed before the user, while the link still holds.
 */
export const releaseLocksOfDeletedUser: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({
    collection: 'payload-locked-documents',
    where: { 'user.value': { equals: id } },
    req,
    overrideAccess: true,
  })
}

/** A deleted person's notifications go with them: nobody else may read them. */
export const removeNotificationsOfDeletedUser: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({
    collection: 'notifications',
    where: { recipient: { equals: id } },
    req,
    overrideAccess: true,
  })
}

/**
 * A translator's content language is one of their own: the admin otherwise opens every form
 * in Turkish, which they may only read. Set at sign-in when the remembered content language
 * (Payload's "locale" preference) is not one assigned to them; a choice among their own stays.
 */
export const translatorsOwnLanguage: CollectionAfterLoginHook<User> = async ({ user, req }) => {
  const languages = (user.languages ?? []) as string[]
  if (user.role !== 'translator' || languages.length === 0) return user
  const owner = { 'user.relationTo': { equals: 'users' }, 'user.value': { equals: String(user.id) } }
  const where = { and: [{ key: { equals: 'locale' } }, owner] }
  const { docs } = await req.payload.find({
    collection: 'payload-preferences',
    where,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  const current = docs[0]?.value
  if (typeof current === 'string' && languages.includes(current)) return user
  if (docs[0])
    await req.payload.update({
      collection: 'payload-preferences',
      id: docs[0].id,
      data: { value: languages[0] },
      depth: 0,
      overrideAccess: true,
      req,
    })
  else
    await req.payload.create({
      collection: 'payload-preferences',
      data: { key: 'locale', user: { relationTo: 'users', value: user.id }, value: languages[0] },
      depth: 0,
      overrideAccess: true,
      req,
    })
  return user
}
