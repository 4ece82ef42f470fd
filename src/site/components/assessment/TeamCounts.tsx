import { assessmentText } from '@/site/assessment-text'
import { InLang } from '@/site/components/InLang'
import { SampleBadge } from '@/site/components/SampleBadge'
import type { QuestionResult } from '@/site/team/results'
import type { Locale } from '@/shared/locales'

/** How many chose each answer of a question, as text with a bar (the bar only repeats the number). */
export function TeamCounts({
  result,
  locale,
  withRoles = false,
}: {
  result: QuestionResult
  locale: Locale
  withRoles?: boolean
}) {
  const t = assessmentText(locale).team
  const most = Math.max(1, ...result.counts.map((c) => c.count))
  return (
    <>
      {result.question.sample ? <SampleBadge locale={locale} /> : null}
      <ul className="team-counts">
        {result.counts.map(({ choice, count }) => (
          <li key={choice.number}>
            <span className="team-counts__label">
              <InLang text={choice.label} page={locale} marked />
            </span>
            <span className="team-counts__value">{t.count(count)}</span>
            <span className="team-counts__bar" aria-hidden="true" style={{ width: `${(count / most) * 100}%` }} />
          </li>
        ))}
      </ul>
      {result.unsure ? <p className="team-counts__unsure">{t.unsureCount(result.unsure)}</p> : null}
      {withRoles && result.byRole.length ? (
        <details className="team-roles">
          <summary>{t.byRole}</summary>
          <ul>
            {result.byRole.map(({ role, counts }) => (
              <li key={role}>
                <strong>{t.roles[role]}:</strong>{' '}
                {counts
                  .filter((c) => c.count > 0)
                  .flatMap((c, i) => [
                    i ? ' · ' : null,
                    <InLang key={c.choice.number} text={c.choice.label} page={locale} />,
                    ` (${c.count})`,
                  ])}
                {counts.some((c) => c.count > 0) ? null : '—'}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </>
  )
}
