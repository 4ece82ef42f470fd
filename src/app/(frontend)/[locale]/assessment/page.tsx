import type { Metadata } from 'next'

import { getAssessment } from '@/site/assessment'
import { assessmentText } from '@/site/assessment-text'
import { uiLanguages } from '@/site/ui-text'
import { AssessmentScript } from '@/site/components/assessment/AssessmentScript'
import { PageShell } from '@/site/components/PageShell'
import { pageInEveryLocale } from '@/site/alternates'
import { localeOr404 } from '@/site/params'
import { pageMetadata } from '@/site/seo'
import { nameProblem } from '@/site/team/forms'
import { limits } from '@/shared/limits'
import { routes } from '@/shared/routes'

// Rendered per request: it says so when a team assessment was just deleted (?deleted=1), and
// what is wrong with a team's name the form was sent with (?invalid=name&name=…).
export const dynamic = 'force-dynamic'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ deleted?: string; invalid?: string; name?: string }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeOr404((await params).locale)
  const t = assessmentText(locale)
  return pageMetadata({ locale, path: routes.assessment, title: t.title, description: t.lead, languages: uiLanguages })
}

/** What the assessment is, how long it takes, that nothing is stored; and the way in. */
export default async function AssessmentPage({ params, searchParams }: Props) {
  const locale = localeOr404((await params).locale)
  const t = assessmentText(locale)
  const { areas, questions } = await getAssessment(locale)
  const query = await searchParams
  const deleted = query.deleted === '1'
  const teamName = typeof query.name === 'string' ? query.name : ''
  const nameError = query.invalid === 'name' ? nameProblem(teamName, t.team.nameField, locale) : null
  return (
    <PageShell locale={locale} alternates={pageInEveryLocale(routes.assessment)} current="assessment">
      {deleted ? (
        <p className="report-note" role="status">
          {t.team.deleted}
        </p>
      ) : null}
      <h1>{t.title}</h1>
      <p className="lead">{t.lead}</p>
      {questions.size === 0 ? (
        <p>{t.noQuestions}</p>
      ) : (
        <>
          <p>{t.howLong(questions.size, areas.length)}</p>
          <p>{t.privacy}</p>
          <p>
            <a className="button" href={routes.assessmentArea(locale, 1)}>
              {t.start}
            </a>
          </p>
          {/* The answers this browser kept, offered back by the assessment's script. */}
          <div data-resume />
          <section id="team" className="team-create" aria-labelledby="team-title">
            <h2 id="team-title">{t.team.title}</h2>
            <p>{t.team.lead}</p>
            <form method="post" action={routes.team(locale)} className="report-form">
              {nameError ? (
                <div className="error-summary" role="alert" id="team-error">
                  <h3>{t.team.nameInvalid}</h3>
                  <p>
                    <a href="#team-name">{nameError}</a>
                  </p>
                </div>
              ) : null}
              <label htmlFor="team-name">{t.team.nameLabel}</label>
              <div className="report-compare__row">
                <input
                  id="team-name"
                  name="name"
                  type="text"
                  maxLength={limits.team.nameChars}
                  autoComplete="organization"
                  dir="auto"
                  defaultValue={teamName}
                  aria-invalid={nameError ? true : undefined}
                  aria-describedby={nameError ? 'team-error' : undefined}
                />
                <button type="submit">{t.team.create}</button>
              </div>
            </form>
            <p className="team-privacy">{t.team.privacy(limits.team.retentionDays)}</p>
          </section>
        </>
      )}
      <AssessmentScript locale={locale} />
    </PageShell>
  )
}
