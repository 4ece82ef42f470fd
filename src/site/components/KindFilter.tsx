type Option = { value: string; label: string; count: number }

/**
 * Shows only the resources of the chosen kind, and keeps `?kind=` in the address so a filtered
 * view is linkable. The library page goes out without Next.js's JavaScript
 * (src/cli/without-scripts.ts), so the filter is a few lines of plain script beside it rather
 * than a React component. Without JavaScript (or when React renders the page after a
 * navigation, which runs no inline script) the filter stays hidden and every resource is shown.
 */
const enhance = `(() => {
  const set = document.currentScript.previousElementSibling
  // The list follows the filter in the page: it is read once the page is parsed.
  document.addEventListener('DOMContentLoaded', () => {
    const list = document.getElementById(set.dataset.list)
    const inputs = [...set.querySelectorAll('input[name=kind]')]
    const show = (kind) => {
      for (const item of list.querySelectorAll(':scope > li[data-kind]')) item.hidden = Boolean(kind) && item.dataset.kind !== kind
      const url = new URL(location.href)
      if (kind) url.searchParams.set('kind', kind)
      else url.searchParams.delete('kind')
      history.replaceState(history.state, '', url)
    }
    const asked = new URLSearchParams(location.search).get('kind') ?? ''
    const initial = inputs.some((input) => input.value === asked) ? asked : ''
    for (const input of inputs) {
      input.checked = input.value === initial
      input.addEventListener('change', () => show(input.value))
    }
    show(initial)
    set.hidden = false
  })
})()`

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
  const total = options.reduce((n, o) => n + o.count, 0)
  return (
    <>
      <fieldset className="kind-filter" data-list={listId} hidden>
        <legend>{legend}</legend>
        {[{ value: '', label: allLabel, count: total }, ...options].map((o) => (
          <label key={o.value || 'all'}>
            <input type="radio" name="kind" value={o.value} defaultChecked={!o.value} />
            {o.label} <span className="kind-filter__count">({o.count})</span>
          </label>
        ))}
      </fieldset>
      <script dangerouslySetInnerHTML={{ __html: enhance }} />
    </>
  )
}
