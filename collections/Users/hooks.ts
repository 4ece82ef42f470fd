import type { CollectionBeforeValidateHook } from 'payload'

/**
 * The first account created on an empty database (the create-first-user screen, or
 * ADMIN_EMAIL at first start) is the administrator; otherwise nobody could manage users.
 */
export const firstUserIsAdmin: CollectionBeforeValidateHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || !data) return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req })
  return totalDocs === 0 ? { ...data, role: 'admin' } : data
}
