'use client'

import { useEffect, useRef, useState } from 'react'

/**
 * The report's form as the address the server would give it after "Eylem planını güncelle":
 * the answers and their day, each picked advice (`p16=1`) with who (`o16`) and by when (`t16`)
 * when given, and the earlier report compared with (`prev`), empty fields left out.
 */
export function reportAddress(form: HTMLFormElement): string {
  const data = new FormData(form)
  const query = new URLSearchParams()
  const value = (name: string) => String(data.get(name) ?? '').trim()
  for (const [name, given] of data) if (/^q\d+$/.test(name) || name === 'd') query.set(name, String(given))
  for (const name of data.keys()) {
    const picked = /^p(\d+)$/.exec(name)
    if (!picked || value(name) !== '1') continue
    const n = picked[1]
    query.set(`p${n}`, '1')
    if (value(`o${n}`)) query.set(`o${n}`, value(`o${n}`))
    if (value(`t${n}`)) query.set(`t${n}`, value(`t${n}`))
  }
  if (value('prev')) query.set('prev', value('prev'))
  return query.toString()
}

/**
 * The action plan's note on keeping it. Without JavaScript the plan reaches the address only
 * when the form is sent, so the note says to press "Eylem planını güncelle" first. Where
 * JavaScript runs, the address follows every change of the form (history.replaceState), so
 * "Bağlantıyı kopyala", a bookmark or the browser's own share hold the plan as it is on the
 * screen, and the note says so.
 */
export function PlanAddress({ texts }: { texts: { updateFirst: string; live: string } }) {
  const [live, setLive] = useState(false)
  const note = useRef<HTMLParagraphElement>(null)
  useEffect(() => {
    const form = note.current?.closest('form')
    if (!form) return
    const follow = () => {
      const query = reportAddress(form)
      const url = `${window.location.pathname}${query ? `?${query}` : ''}`
      if (url !== `${window.location.pathname}${window.location.search}`)
        window.history.replaceState(window.history.state, '', url)
    }
    // At once too: a form sent without JavaScript's help left its empty fields in the address (`prev=`).
    follow()
    form.addEventListener('input', follow)
    form.addEventListener('change', follow)
    setLive(true)
    return () => {
      form.removeEventListener('input', follow)
      form.removeEventListener('change', follow)
    }
  }, [])
  return (
    <p className="plan-controls" ref={note}>
      {live ? texts.live : texts.updateFirst}
    </p>
  )
}
