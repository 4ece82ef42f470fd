import type { Library } from '@/site/library/library'
import type { LibraryQuery } from '@/site/library/paging'
import { kindLabel } from '@/site/components/ResourceList'
import type { Locale } from '@/shared/locales'
import { resourceKinds } from '@/shared/links/resource-kind'
import { routes } from '@/shared/routes'
import { withoutInvisibleCharacters } from '@/shared/text/invisible-characters'
import { uiText } from '@/site/ui-text'

/**
 * The kind and area filter as a plain form: sent with GET, the server answers with the first page
 * of the filtered list, so it works without JavaScript (the library page goes out without it).
 */
export function LibraryFilter({ library, query, locale }: { library: Library; query: LibraryQuery; locale: Locale }) {
  const t = uiText(locale)
  const count = (test: (e: Library['entries'][number]) => boolean) => library.entries.filter(test).length
  const kinds = resourceKinds.flatMap((kind) => {
    const n = count((e) => e.kind === kind)
    return n > 0 ? [{ value: kind, label: `${kindLabel(kind, locale) ?? kind} (${n})` }] : []
  })
  // An <option> holds text only: an area's title is shown without the invisible characters it may hold.
  const areas = library.areas.map((a) => ({
    value: a.key,
    label: `${withoutInvisibleCharacters(a.title.value)} (${count((e) => e.areas.includes(a.key))})`,
  }))
  return (
    <form className="library-filter" action={routes.resources(locale)} method="get">
      <fieldset>
        <legend>{t.libraryFilter}</legend>
        <Choice label={t.kindLabel} name="kind" all={t.allKinds} options={kinds} chosen={query.kind} />
        {areas.length > 0 ? (
          <Choice label={t.areaLabel} name="area" all={t.allAreas} options={areas} chosen={query.area} />
        ) : null}
        <button type="submit">{t.filterButton}</button>
      </fieldset>
    </form>
  )
}

type Option = { value: string; label: string }

/** One filter: a labelled list whose first option is "every one" (an empty value). */
function Choice(props: { label: string; name: string; all: string; options: Option[]; chosen: string | null }) {
  return (
    <label>
      {props.label}{' '}
      <select name={props.name} defaultValue={props.chosen ?? ''}>
        <option value="">{props.all}</option>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  )
}
