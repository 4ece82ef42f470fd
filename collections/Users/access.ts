import type { Access } from 'payload'

import { isAdmin } from '@/shared/roles'

/** Admins manage every account; everyone else sees and edits only their own. */
export const adminOrSelf: Access = ({ req }) => {
  if (isAdmin(req.user)) return true
  return req.user ? { id: { equals: req.user.id } } : false
}
