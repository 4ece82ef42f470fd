import { assessmentText } from '@/site/assessment-text'
import { InLang } from '@/site/components/InLang'
import { changed, changesFirst, type Leading, type QuestionChange } from '@/site/team/compare'
import type { Round } from '@/site/team/rounds'
import { dateText } from '@/site/ui-text'
import type { Locale } from '@/shared/locales'
import { routes } from '@/shared/routes'

/**
 * What moved since the team's previous round (src/site/team/compare.ts): a line of totals, then
 * per question the most common answer and its share in each round, side by side as two short
 * lines (on a phone as on paper), and in words whether the answer changed and whether agreement
 * rose or fell. Questions that changed come first; the others are folded under one summary.
 */
export function RoundComparison({
  changes,
  earlier,
  current,
  locale,
}: {
  changes: QuestionChange[]
  earlier: Pick<Round, 'number' | 'startedAt'>
  current: number
  locale: Locale
}) {
  const t = assessmentText(locale).team
  const ordered = changesFirst(changes)
  const moved = changes.filter((c) => c.moved).length
  const up = changes.filter((c) => c.agreement === 'up').length
  const down = changes.filter((c) => c.agreement === 'down').length
  const shown = ordered.filter(changed)
  const rest = ordered.filter((c) => !changed(c))
  const item = (change: QuestionChange) => (
    <RoundChange
      key={change.question.number}
      change={change}
      earlier={earlier.number}
      current={current}
      locale={locale}
    />
  )
  return (
    <section className="report-area" aria-labelledby="rounds-compare">
      <h2 id="rounds-compare">{t.compareTitle}</h2>
      <p>{t.compareLead(earlier.number, dateText(locale, earlier.startedAt))}</p>
      <p className="team-compare__summary">{t.compareSummary(moved, up, down)}</p>
      {shown.length ? <ul className="team-changes">{shown.map(item)}</ul> : null}
      {rest.length ? (
        <details className="team-advice team-changes__rest">
          <summary>{t.unchanged(rest.length)}</summary>
          <ul className="team-changes">{rest.map(item)}</ul>
        </details>
      ) : null}
    </section>
  )
}

function RoundChange({
  change,
  earlier,
  current,
  locale,
}: {
  change: QuestionChange
  earlier: number
  current: number
  locale: Locale
}) {
  const t = assessmentText(locale).team
  const verdicts = [
    change.then && change.now ? (change.moved ? t.moved : t.kept) : null,
    change.agreement === 'up'
      ? t.agreementUp
      : change.agreement === 'down'
        ? t.agreementDown
        : change.agreement === 'same'
          ? t.agreementSame
          : null,
  ].filter(Boolean)
  return (
    <li className="team-change" id={`change-q${change.question.number}`}>
      <h3 className="team-question__title">
        <InLang text={change.question.text} page={locale} marked />
      </h3>
      <dl className="team-change__rounds">
        <div>
          <dt>{t.compareThen(earlier)}</dt>
          <dd>
            <LeadingAnswer leading={change.then} locale={locale} />
          </dd>
        </div>
        <div>
          <dt>{t.compareNow(current)}</dt>
          <dd>
            <LeadingAnswer leading={change.now} locale={locale} />
          </dd>
        </div>
      </dl>
      {verdicts.length ? (
        <p className={`team-change__verdict${change.moved ? ' team-change__verdict--moved' : ''}`}>
          {change.agreement === 'up' ? <span aria-hidden="true">▲ </span> : null}
          {change.agreement === 'down' ? <span aria-hidden="true">▼ </span> : null}
          {verdicts.join(' · ')}
        </p>
      ) : null}
    </li>
  )
}

/** "Answer · %60 (3 / 5 kişi)"; tied answers joined, marked as tied. */
function LeadingAnswer({ leading, locale }: { leading: Leading | null; locale: Locale }) {
  const t = assessmentText(locale).team
  if (!leading) return <>{t.noneChosen}</>
  return (
    <>
      {leading.choices.map((choice, i) => (
        <span key={choice.number}>
          {i ? ' / ' : null}
          <InLang text={choice.label} page={locale} />
        </span>
      ))}
      {leading.choices.length > 1 ? ` (${t.tied})` : null}
      {' · '}
      <strong>{t.percent(Math.round((leading.count / leading.answered) * 100))}</strong> (
      {t.share(leading.count, leading.answered)})
    </>
  )
}

/**
 * The coordinator's rounds of the team, each with its date and how many answered, each a link
 * to its results (the same key opens them all); under them the form that starts the next round,
 * on the latest round only (an earlier round's page says where the latest is). A plain POST
 * form: without JavaScript it answers 303 to the new round's page.
 */
export function TeamRounds({
  rounds,
  current,
  coordinatorKey,
  locale,
  full,
}: {
  rounds: Round[]
  current: Round
  coordinatorKey: string
  locale: Locale
  /** The team has `limits.team.rounds` rounds: no form, a note. */
  full: string | null
}) {
  const t = assessmentText(locale).team
  const latest = rounds.at(-1) ?? current
  return (
    <section className="team-rounds" aria-labelledby="rounds-title">
      <h2 id="rounds-title">{t.roundsTitle}</h2>
      <p>{t.roundsLead}</p>
      <ol className="team-rounds__list">
        {rounds.map((round) => {
          const text = t.roundItem(round.number, dateText(locale, round.startedAt), round.members)
          return (
            <li key={round.id}>
              {round.id === current.id ? (
                <span aria-current="page">
                  {text} <strong>{t.roundHere}</strong>
                </span>
              ) : (
                <a href={routes.teamResults(locale, round.publicId, coordinatorKey)}>{text}</a>
              )}
            </li>
          )
        })}
      </ol>
      {latest.id !== current.id ? (
        <p className="report-note">
          {t.laterRound(latest.number)}{' '}
          <a href={routes.teamResults(locale, latest.publicId, coordinatorKey)}>{t.laterRoundLink}</a>
        </p>
      ) : full ? (
        <p className="report-note">{full}</p>
      ) : (
        <form method="post" action={routes.teamRounds(locale, current.publicId)} className="report-form team-new-round">
          <h3>{t.newRoundTitle}</h3>
          <p>{t.newRoundText}</p>
          <input type="hidden" name="key" value={coordinatorKey} />
          <button type="submit">{t.newRoundButton}</button>
        </form>
      )}
    </section>
  )
}
