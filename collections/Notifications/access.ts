import type { Access, FieldAccess } from 'payload'

import { isStaff } from '@/shared/roles'

/** Each person reads and marks only their own notifications; anonymous callers none. */
export const ownOnly: Access = ({ req }) =>
  req.user && isStaff(req.user as never) ? { recipient: { equals: req.user.id } } : false

/** Nothing of a notification but its `read` flag is changed through the API. */
export const serverOnlyField: FieldAccess = () => false
