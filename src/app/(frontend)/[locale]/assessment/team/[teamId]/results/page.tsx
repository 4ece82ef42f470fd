import type { Metadata } from 'next'
import { headers } from 'next/headers'
import { notFound } from 'next/navigation'

import type { SearchParams } from '@/site/answers'
import { getAssessment, levelDistribution } from '@/site/assessment'
import { assessmentText } from '@/site/assessment-text'
import { LevelChart } from '@/site/components/assessment/LevelChart'
import { TeamCounts } from '@/site/components/assessment/TeamCounts'
import { FallbackNote } from '@/site/components/FallbackNote'
import { InLang } from '@/site/components/InLang'
import { PageShell } from '@/site/components/PageShell'
import { UserText } from '@/shared/user-text'
import { ResourceList } from '@/site/components/ResourceList'
import { RichText } from '@/site/components/RichText'
import { pageInEveryLocale } from '@/site/alternates'
import { localeOr404 } from '@/site/params'
import { teamResults } from '@/site/team/results'
import { findTeam, findTeamAsCoordinator } from '@/site/team/store'
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
 */
export default async function TeamResultsPage({ params, searchParams }: Props) {
  const { locale: l, teamId } = await params
  const locale = localeOr404(l)
  const key = (await searchParams).key
  const coordinatorKey = typeof key === 'string' ? key : undefined
  const asCoordinator = await findTeamAsCoordinator(teamId, coordinatorKey)
  const shared = asCoordinator ? null : await findTeam(teamId)
  const team = asCoordinator ?? (shared?.shareResults && !coordinatorKey ? shared : null)
  if (!team) notFound()
  const t = assessmentText(locale)
  const assessment = await getAssessment(locale)
  const { questions, agenda, roleSizes, hiddenRoles } = teamResults(team.members, assessment)
  const request = await headers()
  const origin = `${request.get('x-forwarded-proto') ?? 'http'}://${request.get('x-forwarded-host') ?? request.get('host') ?? ''}`
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
      {asCoordinator ? (
        <div className="team-links">
          <p className="report-note">{t.team.keepThis}</p>
          <p>
            <strong>{t.team.membersLink}:</strong>{' '}
            <a href={routes.teamMembers(locale, teamId)}>{`${origin}${routes.teamMembers(locale, teamId)}`}</a>
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
            <a
              href={routes.teamResults(locale, teamId, coordinatorKey)}
            >{`${origin}${routes.teamResults(locale, teamId, coordinatorKey)}`}</a>
          </p>
        </div>
      ) : null}

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
              <article key={result.question.number} className="report-question">
                <h3>
                  <InLang text={result.question.text} page={locale} marked />
                </h3>
                <TeamCounts result={result} locale={locale} withRoles />
              </article>
            ))}
          </section>

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
                      <div key={result.question.number} className="team-question">
                        <h4>
                          <InLang text={result.question.text} page={locale} marked />
                        </h4>
                        <TeamCounts result={result} locale={locale} />
                      </div>
                    ))}
                </section>
              )
            })}
          </section>

          <section className="report-area" aria-labelledby="team-advice">
            <h2 id="team-advice">{t.team.adviceTitle}</h2>
            {questions.map((result) =>
              result.counts
                .filter((c) => c.count > 0 && c.choice.advice)
                .map(({ choice }) => (
                  <details key={`${result.question.number}-${choice.number}`} className="team-advice">
                    <summary>
                      <InLang text={result.question.text} page={locale} marked /> →{' '}
                      <InLang text={choice.label} page={locale} marked />
                    </summary>
                    {choice.advice!.body.lang !== locale ? <FallbackNote locale={locale} /> : null}
                    <InLang text={choice.advice!.body} page={locale} as="div">
                      <RichText data={choice.advice!.body.value} className="rich-text advice" />
                    </InLang>
                    {choice.advice!.resources.length ? (
                      <ResourceList locale={locale} resources={choice.advice!.resources} />
                    ) : null}
                  </details>
                )),
            )}
          </section>
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
          <form method="post" action={routes.teamDelete(locale, teamId)} className="report-form team-delete">
            <h2>{t.team.deleteTitle}</h2>
            <p>{t.team.deleteText}</p>
            <input type="hidden" name="key" value={coordinatorKey} />
            <button type="submit">{t.team.deleteButton}</button>
          </form>
        </div>
      ) : null}
    </PageShell>
  )
}
