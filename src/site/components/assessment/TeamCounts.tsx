import { assessmentText } from '@/site/assessment-text'
import { InLang } from '@/site/components/InLang'
import { SampleBadge } from '@/site/components/SampleBadge'
import type { QuestionResult } from '@/site/team/results'
import type { Locale } from '@/shared/locales'

/** A share as a CSS width: of the members who answered the question, never of the largest count. */
const width = (count: number, of: number) => `${of ? (count / of) * 100 : 0}%`

/**
 * One question of the team's results, folded to its split: the summary says how many different
 * answers among how many people, with one bar of their shares (a 1/1/1 split reads as three
 * thirds, not as three full bars); unfolded, each answer with "2 / 5 kişi" and its bar, and
 * per role where the privacy rule shows roles apart (src/site/team/privacy.ts). Printing
 * unfolds every question (styles.css, and PrintUnfold where JavaScript runs).
 */
export function TeamQuestion({
  result,
  locale,
  heading: Heading,
  idPrefix,
  withRoles = false,
}: {
  result: QuestionResult
  locale: Locale
  heading: 'h3' | 'h4'
  /** The agenda and the areas both show a question: `agenda-q16`, `team-q16`. */
  idPrefix: 'agenda' | 'team'
  withRoles?: boolean
}) {
  const t = assessmentText(locale).team
  const chosen = result.counts.filter((c) => c.count > 0)
  return (
    <div className="team-question" id={`${idPrefix}-q${result.question.number}`}>
      <Heading className="team-question__title">
        <InLang text={result.question.text} page={locale} marked />
      </Heading>
      {result.question.sample ? <SampleBadge locale={locale} /> : null}
      {result.answered ? (
        <details className="team-split">
          <summary>
            <span className="team-split__text">
              {/* "Not sure" is an answer of its own: one answer and some unsure is no agreement. */}
              {t.split(chosen.length + (result.unsure ? 1 : 0), result.answered)}
            </span>
            <span className="team-split__bar" aria-hidden="true">
              {chosen.map(({ choice, count }) => (
                <span key={choice.number} style={{ width: width(count, result.answered) }} />
              ))}
              {result.unsure ? (
                <span className="team-split__unsure" style={{ width: width(result.unsure, result.answered) }} />
              ) : null}
            </span>
          </summary>
          <TeamCounts result={result} locale={locale} withRoles={withRoles} />
        </details>
      ) : (
        // Nothing to unfold: nobody answered it.
        <p className="team-split__text">{t.split(0, 0)}</p>
      )}
    </div>
  )
}

/** How many chose each answer of a question, as a share of those who answered ("2 / 5 kişi"), with a bar repeating it. */
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
  return (
    <>
      <ul className="team-counts">
        {result.counts.map(({ choice, count }) => (
          <li key={choice.number}>
            <span className="team-counts__label">
              <InLang text={choice.label} page={locale} marked />
            </span>
            <span className="team-counts__value">{t.share(count, result.answered)}</span>
            <span className="team-counts__track" aria-hidden="true">
              <span className="team-counts__bar" style={{ width: width(count, result.answered) }} />
            </span>
          </li>
        ))}
      </ul>
      {result.unsure ? <p className="team-counts__unsure">{t.unsureCount(result.unsure)}</p> : null}
      {withRoles && result.byRole.length ? (
        <div className="team-roles">
          <p className="team-roles__title">{t.byRole}</p>
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
        </div>
      ) : null}
    </>
  )
}
