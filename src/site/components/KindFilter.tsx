'use client'

import { useEffect, useState } from 'react'

type Option = { value: string; label: string; count: number }

/**
 * Filters the resource library by kind without a page load. The list is complete in the
 * HTML, so without JavaScript every resource is simply shown; `?kind=` keeps a filtered
 * view linkable.
 */
export function KindFilter({
  legend,
  allLabel,
  options,
  listId,
}: {
  legend: string
  allLabel: string
  options: Option[]
  listId: string
}) {
  const [kind, setKind] = useState<string>('')
  const [ready, setReady] = useState(false)

  useEffect(() => {
    const initial = new URLSearchParams(window.location.search).get('kind') ?? ''
    setKind(options.some((o) => o.value === initial) ? initial : '')
    setReady(true)
  }, [options])

  useEffect(() => {
    if (!ready) return
    for (const item of document.querySelectorAll<HTMLElement>(`#${listId} > li[data-kind]`)) {
      item.hidden = Boolean(kind) && item.dataset.kind !== kind
    }
    const url = new URL(window.location.href)
    if (kind) url.searchParams.set('kind', kind)
    else url.searchParams.delete('kind')
    window.history.replaceState(null, '', url)
  }, [kind, ready, listId])

  const total = options.reduce((n, o) => n + o.count, 0)
  return (
    <fieldset className="kind-filter" hidden={!ready}>
      <legend>{legend}</legend>
      {[{ value: '', label: allLabel, count: total }, ...options].map((o) => (
        <label key={o.value || 'all'}>
          <input
            type="radio"
            name="kind"
            value={o.value}
            checked={kind === o.value}
            onChange={() => setKind(o.value)}
          />
          {o.label} <span className="kind-filter__count">({o.count})</span>
        </label>
      ))}
    </fieldset>
  )
}
