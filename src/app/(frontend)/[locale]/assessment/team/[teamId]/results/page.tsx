import type { Metadata } from 'next'
import { headers } from 'next/headers'
import { notFound } from 'next/navigation'

import type { SearchParams } from '@/site/answers'
import { getAssessment, levelDistribution } from '@/site/assessment'
import { assessmentText } from '@/site/assessment-text'
import { CopyLink } from '@/site/components/assessment/CopyLink'
import { DeleteTeamForm } from '@/site/components/assessment/DeleteTeamForm'
import { ShareOffer } from '@/site/components/assessment/ShareOffer'
import { freshShareToken } from '@/site/insights/report-insights'
import { teamAnswersAsOne } from '@/site/insights/team-answers'
import { minGroup } from '@/shared/insights/contributions'
import { LevelChart } from '@/site/components/assessment/LevelChart'
import { PrintUnfold } from '@/site/components/assessment/PrintUnfold'
import { TeamGone } from '@/site/components/assessment/TeamGone'
import { TeamAdvice } from '@/site/components/assessment/TeamAdvice'
import { TeamQuestion } from '@/site/components/assessment/TeamCounts'
import { RoundComparison, TeamRounds } from '@/site/components/assessment/TeamRounds'
import { InLang } from '@/site/components/InLang'
import { PageShell } from '@/site/components/PageShell'
import { UserText } from '@/shared/text/user-text'
import { pageInEveryLocale } from '@/site/alternates'
import { localeOr404 } from '@/site/params'
import { compareRounds } from '@/site/team/compare'
import { teamResults } from '@/site/team/results'
import { earlierRound, roundsOf } from '@/site/team/rounds'
import { dateText } from '@/site/ui-text'
import { findTeam, findTeamAsCoordinator, teamWasDeleted } from '@/site/team/store'
import { limits } from '@/shared/limits'
import { routes } from '@/shared/routes'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string; teamId: string }>; searchParams: Promise<SearchParams> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeOr404((await params).locale)
  return { title: assessmentText(locale).team.resultsTitle, robots: { index: false, follow: false } }
}

/**
 * The team's results: for the coordinator (with the key), or for the members when the
 * coordinator shares them. A wrong or missing key is a 404, never the results. Who answered
 * what is shown by role only, and a role only where the privacy rule allows (src/site/team/privacy.ts).
 * One round of the team (src/site/team/rounds.ts): it says which, compares with the round before
 * where both have answers, and gives the coordinator the rounds and the form that starts the next.
 */
export default async function TeamResultsPage({ params, searchParams }: Props) {
  const { locale: l, teamId } = await params
  const locale = localeOr404(l)
  const query = await searchParams
  const key = query.key
  const coordinatorKey = typeof key === 'string' ? key : undefined
  const asCoordinator = await findTeamAsCoordinator(teamId, coordinatorKey)
  const shared = asCoordinator ? null : await findTeam(teamId)
  const team = asCoordinator ?? (shared?.shareResults && !coordinatorKey ? shared : null)
  if (!team) {
    // A deleted team's results say so (410), whoever asks: its members' link says it too.
    if (!shared && (await teamWasDeleted(teamId)))
      return <TeamGone locale={locale} path={(code) => routes.teamResults(code, teamId)} />
    notFound()
  }
  const t = assessmentText(locale)
  const assessment = await getAssessment(locale)
  const { questions, agenda, roleSizes, hiddenRoles } = teamResults(team.members, assessment)
  const asOne = teamAnswersAsOne(questions)
  const rounds = await roundsOf(team)
  const round = rounds.find((r) => r.id === team.id) ?? rounds[0]!
  const latest = rounds.at(-1) ?? round
  // What moved since the round before: shown to whoever may read both rounds' results (the
  // coordinator; members only when the earlier round's results are shared with them too).
  const earlier = team.members.length ? await earlierRound(team) : null
  const comparable = earlier?.members.length && (asCoordinator || earlier.shareResults) ? earlier : null
  const changes = comparable ? compareRounds(teamResults(comparable.members, assessment).questions, questions) : null
  const earlierNumber = rounds.find((r) => r.id === comparable?.id)?.number ?? round.number - 1
  const request = await headers()
  const origin = `${request.get('x-forwarded-proto') ?? 'http'}://${request.get('x-forwarded-host') ?? request.get('host') ?? ''}`
  const copyTexts = { copied: t.team.linkCopied, failed: t.team.linkNotCopied }
  // The coordinator's links: first while nobody has answered, after the agenda once there is one.
  const links = (
    <>
      {asCoordinator ? (
        <div className="team-links">
          <p className="report-note">{t.team.keepThis}</p>
          <p>
            <strong>{t.team.membersLink}:</strong>{' '}
            <CopyLink
              href={`${origin}${routes.teamMembers(locale, teamId)}`}
              label={t.team.copyMembersLink}
              texts={copyTexts}
            />
            <br />
            {t.team.membersLinkHelp}
          </p>
          <p className="report-note" role="status">
            {team.closed ? t.team.linkClosed : t.team.linkOpen}
            {team.members.length >= limits.team.members ? (
              <>
                <br />
                <strong>{t.team.limitReached(limits.team.members)}</strong>
              </>
            ) : null}
          </p>
          <p>
            <strong>{t.team.coordinatorLink}:</strong>{' '}
            <CopyLink
              href={`${origin}${routes.teamResults(locale, teamId, coordinatorKey)}`}
              label={t.team.copyCoordinatorLink}
              texts={copyTexts}
            />
          </p>
        </div>
      ) : null}
    </>
  )
  const names = team.members
    .map((m) => m.name)
    .filter(Boolean)
    .sort(new Intl.Collator(locale).compare)

  return (
    <PageShell
      locale={locale}
      alternates={pageInEveryLocale((code) => routes.teamResults(code, teamId, coordinatorKey))}
      current="assessment"
    >
      <p className="kicker">{asCoordinator ? t.team.coordinatorTitle : t.team.resultsTitle}</p>
      <h1>{team.name ? <UserText text={team.name} /> : t.team.resultsTitle}</h1>
      <p className="team-round">{t.team.roundStarted(round.number, dateText(locale, team.startedAt))}</p>
      {asCoordinator && coordinatorKey && latest.id !== round.id ? (
        <p className="report-note">
          {t.team.laterRound(latest.number)}{' '}
          <a href={routes.teamResults(locale, latest.publicId, coordinatorKey)}>{t.team.laterRoundLink}</a>
        </p>
      ) : null}
      {team.members.length ? null : links}
      <p className="lead">{team.members.length ? t.team.answeredBy(team.members.length) : t.team.noAnswers}</p>
      {team.members.length ? (
        <p>
          {[...roleSizes].map(([role, size]) => `${t.team.roles[role]}: ${size}`).join(' · ')}
          {names.length ? (
            <>
              <br />
              {t.team.participants}:{' '}
              {names.map((name, i) => (
                <span key={i}>
                  {i ? ', ' : null}
                  <UserText text={name} />
                </span>
              ))}
            </>
          ) : null}
        </p>
      ) : null}

      {team.members.length ? (
        <>
          <section className="report-area" aria-labelledby="agenda">
            <h2 id="agenda">{t.team.agendaTitle}</h2>
            <p>{agenda.length ? t.team.agendaLead : t.team.agendaNone}</p>
            {hiddenRoles ? <p className="team-counts__unsure">{t.team.roleHidden(limits.team.roleGroupMin)}</p> : null}
            {agenda.map((result) => (
              <TeamQuestion
                key={result.question.number}
                result={result}
                locale={locale}
                heading="h3"
                idPrefix="agenda"
                withRoles
              />
            ))}
          </section>

          {changes && comparable ? (
            <RoundComparison
              changes={changes}
              earlier={{ number: earlierNumber, startedAt: comparable.startedAt }}
              current={round.number}
              locale={locale}
            />
          ) : null}

          {links}

          <section className="report-area" aria-labelledby="by-area">
            <h2 id="by-area">{t.team.byAreaTitle}</h2>
            {assessment.areas.map((area) => {
              const levels = levelDistribution(area, assessment.levels, (q) =>
                team.members.flatMap((m) => q.choices.find((c) => c.number === m.answers[q.number]) ?? []),
              )
              return (
                <section key={area.index} aria-labelledby={`team-area-${area.index}`}>
                  <h3 id={`team-area-${area.index}`}>
                    {area.title ? <InLang text={area.title} page={locale} marked /> : t.otherArea}
                  </h3>
                  {levels ? (
                    <LevelChart counts={levels} summary={t.teamLevelsSummary} areaIndex={area.index} locale={locale} />
                  ) : null}
                  {questions
                    .filter((r) => r.question.area === area.index)
                    .map((result) => (
                      <TeamQuestion
                        key={result.question.number}
                        result={result}
                        locale={locale}
                        heading="h4"
                        idPrefix="team"
                      />
                    ))}
                </section>
              )
            })}
          </section>

          <TeamAdvice questions={questions} locale={locale} />
        </>
      ) : null}

      {asCoordinator && coordinatorKey ? (
        <div className="team-admin">
          {team.members.length ? (
            <p>
              <a className="button button--secondary" href={routes.teamCsv(locale, teamId, coordinatorKey)}>
                {t.team.csv}
              </a>
            </p>
          ) : null}
          <form method="post" action={routes.teamSettings(locale, teamId)} className="report-form">
            <h2>{t.team.settingsTitle}</h2>
            <input type="hidden" name="key" value={coordinatorKey} />
            <div className="choice-option">
              <input type="checkbox" id="closed" name="closed" value="1" defaultChecked={team.closed} />
              <label htmlFor="closed">{t.team.closeLabel}</label>
            </div>
            <div className="choice-option">
              <input type="checkbox" id="share" name="share" value="1" defaultChecked={team.shareResults} />
              <label htmlFor="share">{t.team.shareLabel}</label>
            </div>
            <button type="submit">{t.team.save}</button>
          </form>
          <TeamRounds
            rounds={rounds}
            current={round}
            coordinatorKey={coordinatorKey}
            locale={locale}
            full={rounds.length >= limits.team.rounds ? t.team.roundsFull(limits.team.rounds) : null}
          />
          {asOne.size ? (
            <ShareOffer
              locale={locale}
              answers={asOne}
              back={routes.teamResults(locale, teamId, coordinatorKey)}
              token={await freshShareToken()}
              k={minGroup()}
              shared={query.shared === '1'}
              team
            />
          ) : null}
          <DeleteTeamForm
            action={routes.teamDelete(locale, teamId)}
            teamKey={coordinatorKey}
            texts={{
              title: t.team.deleteTitle,
              text: t.team.deleteText(rounds.length),
              button: t.team.deleteButton,
              confirmTitle: t.team.deleteConfirmTitle,
              confirmText: t.team.deleteConfirmText(team.members.length, rounds.length),
              confirmButton: t.team.deleteConfirmButton,
              cancel: t.team.deleteKeep,
            }}
          />
        </div>
      ) : null}
      <PrintUnfold />
    </PageShell>
  )
}
