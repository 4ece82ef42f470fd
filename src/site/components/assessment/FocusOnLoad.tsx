'use client'

import { useEffect } from 'react'

/** Moves the keyboard focus to an element once the page is shown (an error summary). */
export function FocusOnLoad({ id }: { id: string }) {
  useEffect(() => document.getElementById(id)?.focus(), [id])
  return null
}
