import type { LevelCount } from '@/site/assessment'
import { assessmentText } from '@/site/assessment-text'
import { InLang } from '@/site/components/InLang'
import type { Locale } from '@/shared/locales'

const rowHeight = 34
const labelWidth = 190
const barWidth = 330
/** Long level names are cut in the drawing; the table below it gives them in full. */
const shortLabel = (text: string) => (text.length > 24 ? `${text.slice(0, 23)}…` : text)

/**
 * An area's answers per maturity level: bars drawn in SVG for the eye, and the same numbers
 * in a table, which is what screen readers and the printed page read (the drawing is
 * hidden from assistive technology, so nothing is announced twice).
 */
export function LevelChart({
  counts,
  summary,
  areaIndex,
  locale,
}: {
  counts: LevelCount[]
  /** What the numbers are (one reader's answers in the area, or a team's), given their total. */
  summary: (total: number) => string
  areaIndex: number | string
  locale: Locale
}) {
  const t = assessmentText(locale)
  const most = Math.max(...counts.map((c) => c.count), 1)
  const height = counts.length * rowHeight
  const id = `levels-${areaIndex}`
  return (
    <figure className="level-chart" aria-labelledby={id}>
      <figcaption id={id}>
        <strong>{t.levelsTitle}.</strong> {summary(counts.reduce((sum, c) => sum + c.count, 0))}
      </figcaption>
      <svg
        viewBox={`0 0 ${labelWidth + barWidth + 50} ${height}`}
        className="level-chart__bars"
        aria-hidden="true"
        focusable="false"
      >
        {counts.map(({ level, count }, i) => {
          const y = i * rowHeight
          const width = (count / most) * barWidth
          return (
            <g key={level.id}>
              <text x={0} y={y + rowHeight / 2 + 5} className="level-chart__label">
                {shortLabel(String(level.title.value))}
              </text>
              <rect x={labelWidth} y={y + 6} width={Math.max(width, 2)} height={rowHeight - 12} rx={3} />
              <text x={labelWidth + Math.max(width, 2) + 8} y={y + rowHeight / 2 + 5} className="level-chart__count">
                {count}
              </text>
            </g>
          )
        })}
      </svg>
      <table className="level-chart__table">
        <thead>
          <tr>
            <th scope="col">{t.levelColumn}</th>
            <th scope="col">{t.countColumn}</th>
          </tr>
        </thead>
        <tbody>
          {counts.map(({ level, count }) => (
            <tr key={level.id}>
              <th scope="row">
                <InLang text={level.title} page={locale} marked />
              </th>
              <td>{count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  )
}
