'use client'

import { useEffect } from 'react'

/**
 * Opens every folded part of the page for printing and folds them again afterwards. The print
 * styles already show folded content on paper (styles.css, `::details-content`); this is for
 * browsers that do not know that selector yet.
 */
export function PrintUnfold() {
  useEffect(() => {
    let opened: HTMLDetailsElement[] = []
    const before = () => {
      opened = [...document.querySelectorAll<HTMLDetailsElement>('main details:not([open])')]
      for (const details of opened) details.open = true
    }
    const after = () => {
      for (const details of opened) details.open = false
      opened = []
    }
    window.addEventListener('beforeprint', before)
    window.addEventListener('afterprint', after)
    return () => {
      window.removeEventListener('beforeprint', before)
      window.removeEventListener('afterprint', after)
    }
  }, [])
  return null
}
