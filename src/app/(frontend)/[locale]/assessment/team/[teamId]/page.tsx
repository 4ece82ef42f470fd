import type { Metadata } from 'next'
import { cookies } from 'next/headers'
import { notFound } from 'next/navigation'

import { readAnswers, type SearchParams } from '@/site/answers'
import { getAssessment } from '@/site/assessment'
import { assessmentText } from '@/site/assessment-text'
import { QuestionFieldset } from '@/site/components/assessment/QuestionFieldset'
import { TeamGone } from '@/site/components/assessment/TeamGone'
import { InLang } from '@/site/components/InLang'
import { PageShell } from '@/site/components/PageShell'
import { UserText } from '@/shared/text/user-text'
import { pageInEveryLocale } from '@/site/alternates'
import { localeOr404 } from '@/site/params'
import { memberCookie, nameProblem } from '@/site/team/forms'
import { findTeam, roles, teamWasDeleted } from '@/site/team/store'
import { limits } from '@/shared/limits'
import { routes } from '@/shared/routes'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string; teamId: string }>; searchParams: Promise<SearchParams> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeOr404((await params).locale)
  return { title: assessmentText(locale).team.memberTitle, robots: { index: false, follow: false } }
}

/**
 * The members' link: every question on one page, a plain POST form that works without
 * JavaScript. A member who answered before, from this browser, sees and may change their answers.
 */
export default async function TeamMemberPage({ params, searchParams }: Props) {
  const { locale: l, teamId } = await params
  const locale = localeOr404(l)
  const team = await findTeam(teamId)
  if (!team) {
    if (await teamWasDeleted(teamId))
      return <TeamGone locale={locale} path={(code) => routes.teamMembers(code, teamId)} />
    notFound()
  }
  const t = assessmentText(locale)
  const assessment = await getAssessment(locale)
  const query = await searchParams
  const memberId = (await cookies()).get(memberCookie(teamId))?.value
  const earlier = team.members.find((m) => m.id === memberId)
  const given = readAnswers(query, assessment).answers
  const answers = given.size ? given : new Map(Object.entries(earlier?.answers ?? {}).map(([q, c]) => [Number(q), c]))
  const missingRole = query.missing === 'role'
  const name = typeof query.name === 'string' ? query.name : (earlier?.name ?? '')
  const nameError = query.invalid === 'name' ? nameProblem(name, t.team.memberNameField, locale) : null
  if (team.closed) {
    // The members' link closed by the coordinator: a page that says so, and no form.
    return (
      <PageShell
        locale={locale}
        alternates={pageInEveryLocale((code) => routes.teamMembers(code, teamId))}
        current="assessment"
      >
        <p className="kicker">{team.name ? <UserText text={team.name} /> : t.team.memberTitle}</p>
        <h1>{t.team.closedTitle}</h1>
        <p className="lead" role="status">
          {t.team.closed}
        </p>
        <p>{t.team.closedText}</p>
        {team.shareResults ? (
          <p>
            <a href={routes.teamResults(locale, teamId)}>{t.team.sharedResults}</a>
          </p>
        ) : null}
      </PageShell>
    )
  }
  return (
    <PageShell
      locale={locale}
      alternates={pageInEveryLocale((code) => routes.teamMembers(code, teamId))}
      current="assessment"
    >
      <p className="kicker">{t.team.memberTitle}</p>
      <h1>{team.name ? <UserText text={team.name} /> : t.team.memberTitle}</h1>
      <p className="lead">{t.team.memberLead}</p>
      {team.shareResults ? (
        <p>
          <a href={routes.teamResults(locale, teamId)}>{t.team.sharedResults}</a>
        </p>
      ) : null}
      {query.full ? (
        <p className="report-note" role="status">
          {t.team.full(limits.team.members)}
        </p>
      ) : (
        <form method="post" action={routes.teamMembers(locale, teamId)} className="assessment-form team-form">
          {earlier ? <p role="status">{t.team.changing}</p> : null}
          {missingRole || nameError ? (
            <div className="error-summary" role="alert" id="error-summary">
              <h2>{missingRole ? t.team.roleMissing : t.team.nameInvalid}</h2>
              <ul>
                {nameError ? (
                  <li>
                    <a href="#name">{nameError}</a>
                  </li>
                ) : null}
                {missingRole ? (
                  <li>
                    <a href="#role">{t.team.yourRole}</a>
                  </li>
                ) : null}
              </ul>
            </div>
          ) : null}
          <div className="team-form__who">
            <label htmlFor="name">{t.team.yourName}</label>
            {nameError ? (
              <p className="field-error" id="name-error">
                {nameError}
              </p>
            ) : null}
            <input
              id="name"
              name="name"
              type="text"
              maxLength={limits.team.nameChars}
              defaultValue={name}
              autoComplete="off"
              dir="auto"
              aria-invalid={nameError ? true : undefined}
              aria-describedby={nameError ? 'name-error' : undefined}
            />
            <fieldset id="role" className={`question-fieldset${missingRole ? ' question-fieldset--invalid' : ''}`}>
              <legend>{t.team.yourRole}</legend>
              {roles.map((role) => (
                <div key={role} className="choice-option">
                  <input
                    type="radio"
                    id={`role-${role}`}
                    name="role"
                    value={role}
                    defaultChecked={earlier?.role === role}
                    required
                  />
                  <label htmlFor={`role-${role}`}>{t.team.roles[role]}</label>
                </div>
              ))}
            </fieldset>
          </div>
          {assessment.areas.map((area) => (
            <section key={area.index} aria-labelledby={`team-area-${area.index}`}>
              <h2 id={`team-area-${area.index}`}>
                {area.title ? <InLang text={area.title} page={locale} marked /> : t.otherArea}
              </h2>
              {area.questions.map((question) => (
                <QuestionFieldset
                  key={question.number}
                  question={question}
                  answer={answers.get(question.number)}
                  invalid={false}
                  locale={locale}
                />
              ))}
            </section>
          ))}
          <div className="assessment-actions">
            <button type="submit">{t.team.send}</button>
          </div>
        </form>
      )}
    </PageShell>
  )
}
