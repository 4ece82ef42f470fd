'use client'

import { useTranslation } from '@payloadcms/ui'
import { useEffect, type ReactNode } from 'react'

import { toolbarNames as names, type ToolbarNames as Names } from '@/cms/admin/editor-toolbar-names'

/**
 * Names the rich-text editor's toolbar buttons in the admin's language (tooltip and screen
 * reader label) and asks before a click removes a link, through the toolbar's link button or
 * the link's own remove button. Payload's lexical toolbar renders its buttons with icons only
 * and removes a link at once; it offers no slot for either, so this works on the rendered
 * buttons, found by the keys Payload gives them.
 */
export default function EditorToolbarLabels({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation()
  const language = i18n.language === 'en' ? 'en' : 'tr'
  useEffect(() => {
    const t: Names = names[language]
    const name = (key: string | null) => (key && key in t ? t[key as keyof Names] : undefined)
    const label = (element: Element, text: string | undefined) => {
      if (!text || element.getAttribute('aria-label') === text) return
      element.setAttribute('aria-label', text)
      element.setAttribute('title', text)
    }
    let queued = false
    const apply = () => {
      queued = false
      for (const el of document.querySelectorAll('[data-button-key]'))
        label(el, name(el.getAttribute('data-button-key')))
      for (const el of document.querySelectorAll('[data-dropdown-key]'))
        label(el, name(el.getAttribute('data-dropdown-key')))
      for (const el of document.querySelectorAll('.link-edit')) label(el, t.editLink)
      for (const el of document.querySelectorAll('.link-trash')) label(el, t.removeLink)
    }
    const schedule = () => {
      if (queued) return
      queued = true
      requestAnimationFrame(apply)
    }
    apply()
    const observer = new MutationObserver(schedule)
    observer.observe(document.body, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['aria-label'],
    })
    const confirmRemoval = (event: MouseEvent) => {
      const target = event.target as Element | null
      if (!target?.closest?.('[data-button-key="link"].active, .link-trash')) return
      if (!window.confirm(t.confirmRemove)) {
        event.preventDefault()
        event.stopImmediatePropagation()
      }
    }
    document.addEventListener('click', confirmRemoval, true)
    return () => {
      observer.disconnect()
      document.removeEventListener('click', confirmRemoval, true)
    }
  }, [language])
  return children
}
