'use client'

import { useEffect } from 'react'

/** Where the browser keeps the reader's answers and the page they were on. */
export const memoryKey = 'rota-assessment'
export type Memory = { path: string; query: string; answered: number }

/** The answers of the page's address and its form, as the query string to come back to. */
function currentAnswers(): URLSearchParams {
  const params = new URLSearchParams(window.location.search)
  params.delete('go')
  const form = document.querySelector<HTMLFormElement>('form.assessment-form')
  if (form) for (const [key, value] of new FormData(form)) if (/^q\d+$/.test(key)) params.set(key, String(value))
  return params
}

/**
 * Keeps the answers in this browser as they are given (localStorage), so a reader can close
 * the tab and continue later from the assessment's start page. Nothing leaves the browser.
 */
export function AnswerMemory() {
  useEffect(() => {
    const save = () => {
      const params = currentAnswers()
      const answered = [...params.keys()].filter((key) => /^q\d+$/.test(key)).length
      if (answered === 0) return
      const memory: Memory = { path: window.location.pathname, query: params.toString(), answered }
      try {
        window.localStorage.setItem(memoryKey, JSON.stringify(memory))
      } catch {
        // Storage full or blocked (private mode): the address still holds the answers.
      }
    }
    save()
    const form = document.querySelector<HTMLFormElement>('form.assessment-form')
    form?.addEventListener('change', save)
    return () => form?.removeEventListener('change', save)
  }, [])
  return null
}
