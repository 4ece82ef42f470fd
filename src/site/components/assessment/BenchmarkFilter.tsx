import { assessmentText } from '@/site/assessment-text'
import type { Benchmark } from '@/site/insights/benchmark'
import { labelIn } from '@/shared/insights/profile'
import { groupKey } from '@/shared/insights/tally'
import type { Locale } from '@/shared/locales'

/**
 * "Örgütler arasında": what the figures are and, as plain links (no JavaScript), the profile
 * groups they may be narrowed to. Only groups that meet k are offered (benchmarkOf).
 */
export function BenchmarkFilter({
  benchmark,
  anyFigure,
  hrefFor,
  locale,
}: {
  benchmark: Benchmark
  anyFigure: boolean
  /** The report's address with `bm` set to a group (null: everyone). */
  hrefFor: (param: string | null) => string
  locale: Locale
}) {
  const t = assessmentText(locale).insights
  const current = benchmark.filter?.param ?? null
  const link = (param: string | null, label: string) => (
    <li key={param ?? 'all'}>
      {param === current ? <strong aria-current="true">{label}</strong> : <a href={hrefFor(param)}>{label}</a>}
    </li>
  )
  return (
    <section className="benchmark-filter" id="benchmark" aria-labelledby="benchmark-title">
      <h2 id="benchmark-title">{t.benchTitle}</h2>
      <p>{anyFigure ? t.benchLead(benchmark.k) : t.benchNone(benchmark.k)}</p>
      {benchmark.offers.length ? (
        <nav aria-label={t.filterLabel}>
          <p>{t.filterLabel}:</p>
          <ul>
            {link(null, t.everyone)}
            {benchmark.offers.flatMap((offer) =>
              offer.groups.map((g) =>
                link(
                  groupKey(offer.dimension.name, g.key),
                  `${labelIn(offer.dimension.label, locale)}: ${labelIn(g.label, locale)}`,
                ),
              ),
            )}
          </ul>
        </nav>
      ) : null}
    </section>
  )
}
