'use client'

import { useAuth } from '@payloadcms/ui'
import { useEffect, type ReactNode } from 'react'

import { isEditor } from '@/shared/roles'

import type { User } from '@payload-types'

/**
 * Marks the admin page (`<html data-rota-editors-only-hidden>`) while the person signed in
 * is not an editor, so that custom.css hides the controls the server refuses them: "revert to
 * published", "restore this version", "Yeni" above a join table and clearing a review state.
 * Payload shows these from the generic update permission (or, for the join table's button,
 * from no permission at all) and offers no slot to replace them; the server's refusal stays
 * the rule, this only keeps translators from being offered what they would be refused.
 */
export default function EditorsOnlyControls({ children }: { children: ReactNode }) {
  const { user } = useAuth<User>()
  const hidden = Boolean(user) && !isEditor(user)
  useEffect(() => {
    document.documentElement.toggleAttribute('data-rota-editors-only-hidden', hidden)
  }, [hidden])
  return children
}
