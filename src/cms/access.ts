import type { Access, FieldAccess } from 'payload'

import { canEditLocale, isAdmin, isEditor, isStaff } from '@/shared/roles'

/**
 * Reusable access rules. Every rule runs server-side for the Local API (with
 * `overrideAccess: false`), REST and GraphQL alike.
 */

export const anyone: Access = () => true

/** No caller, whoever: for rows only the server's own hooks and jobs write (`overrideAccess`). */
export const nobody = (): boolean => false

export const staffOnly: Access = ({ req }) => isStaff(req.user)

export const editorsOnly: Access = ({ req }) => isEditor(req.user)

export const adminsOnly: Access = ({ req }) => isAdmin(req.user)

/** Readers get published documents only; people signed in to the CMS also see drafts. */
export const publishedOrStaff: Access = ({ req }) => (isStaff(req.user) ? true : { _status: { equals: 'published' } })

/**
 * Writing a versioned document: editors always; translators only in a language assigned
 * to them, and never as a publish (the admin hides their Publish button because of this).
 */
export const editorsOrTranslatorsInLocale: Access = ({ req, data }) => {
  if (isEditor(req.user)) return true
  if (data?._status === 'published') return false
  return canEditLocale(req.user, req.locale)
}

/** Field-level: shared (non-localized) fields such as numbers and relations are editors' work. */
export const editorsOnlyField: FieldAccess = ({ req }) => isEditor(req.user)

export const adminsOnlyField: FieldAccess = ({ req }) => isAdmin(req.user)

/** Field-level: values computed by hooks (numbers copied from relations, import records). */
export const systemOnlyField: FieldAccess = () => false
