import type { Metadata } from 'next'

import { answersQuery, dontKnow, readAnswers, type SearchParams } from '@/site/answers'
import { getAssessment, type AssessmentQuestion } from '@/site/assessment'
import { assessmentText } from '@/site/assessment-text'
import { AnswerMemory } from '@/site/components/assessment/AnswerMemory'
import { ReportTools } from '@/site/components/assessment/ReportTools'
import { FallbackNote } from '@/site/components/FallbackNote'
import { InLang } from '@/site/components/InLang'
import { PageShell } from '@/site/components/PageShell'
import { ResourceList } from '@/site/components/ResourceList'
import { RichText } from '@/site/components/RichText'
import { pageInEveryLocale } from '@/site/alternates'
import { localeOr404 } from '@/site/params'
import { dateText } from '@/site/ui-text'
import { routes } from '@/shared/routes'

// The address is the record: every report is rendered from its query, from content in memory.
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeOr404((await params).locale)
  // A report is one organisation's: never indexed.
  return { title: assessmentText(locale).reportTitle, robots: { index: false, follow: false } }
}

/** The reader's report: for every answer its advice and resources, what was left open, and what could not be read. */
export default async function ReportPage({ params, searchParams }: Props) {
  const locale = localeOr404((await params).locale)
  const t = assessmentText(locale)
  const assessment = await getAssessment(locale)
  const { answers, day, ignored } = readAnswers(await searchParams, assessment)
  const query = answersQuery(answers, { d: day })
  const backTo = (q: AssessmentQuestion) =>
    `${routes.assessmentArea(locale, q.area, answersQuery(answers))}#q${q.number}`
  const all = assessment.areas.flatMap((a) => a.questions)
  const unsure = all.filter((q) => answers.get(q.number) === dontKnow)
  const unanswered = all.filter((q) => !answers.has(q.number))

  return (
    <PageShell
      locale={locale}
      alternates={pageInEveryLocale((code) => routes.assessmentReport(code, query))}
      current="assessment"
    >
      <h1>{t.reportTitle}</h1>
      {day ? <p className="kicker">{t.reportDate(dateText(locale, day))}</p> : null}
      <p className="lead">{t.reportLead}</p>
      <div className="report-actions">
        <a className="button button--secondary" href={routes.assessmentArea(locale, 1, answersQuery(answers))}>
          {t.changeAnswers}
        </a>
        <ReportTools texts={{ copyLink: t.copyLink, copied: t.copied, print: t.print }} />
      </div>
      {ignored.length ? (
        <div className="report-note" role="note">
          <h2>{t.ignoredTitle}</h2>
          <ul>
            {ignored.slice(0, 20).map((item) => (
              <li key={`${item.kind}:${item.name}`}>{t.ignored[item.kind](item.name.slice(0, 60))}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {answers.size === 0 ? (
        <p>
          {t.emptyReport} <a href={routes.assessmentArea(locale, 1)}>{t.start}</a>
        </p>
      ) : null}

      {assessment.areas.map((area) => {
        const answered = area.questions.filter((q) => (answers.get(q.number) ?? dontKnow) !== dontKnow)
        if (!answered.length) return null
        return (
          <section key={area.index} className="report-area" aria-labelledby={`area-${area.index}`}>
            <h2 id={`area-${area.index}`}>
              {area.title ? <InLang text={area.title} page={locale} marked /> : t.otherArea}
            </h2>
            {answered.map((question) => {
              const choice = question.choices.find((c) => c.number === answers.get(question.number))!
              return (
                <article key={question.number} className="report-question" id={`report-q${question.number}`}>
                  <h3>
                    <InLang text={question.text} page={locale} marked />
                  </h3>
                  <p className="report-question__answer">
                    <strong>{t.yourAnswer}:</strong> <InLang text={choice.label} page={locale} marked />
                  </p>
                  {choice.advice ? (
                    <>
                      {choice.advice.body.lang !== locale ? <FallbackNote locale={locale} /> : null}
                      <InLang text={choice.advice.body} page={locale} as="div">
                        <RichText data={choice.advice.body.value} className="rich-text advice" />
                      </InLang>
                      {choice.advice.resources.length ? (
                        <ResourceList locale={locale} resources={choice.advice.resources} />
                      ) : null}
                    </>
                  ) : (
                    <p>{t.noAdviceYet}</p>
                  )}
                </article>
              )
            })}
          </section>
        )
      })}

      {unsure.length ? (
        <section className="report-area report-open" aria-labelledby="unsure">
          <h2 id="unsure">{t.dontKnowTitle}</h2>
          <p>{t.dontKnowText}</p>
          <ul>
            {unsure.map((q) => (
              <li key={q.number}>
                <a href={backTo(q)}>
                  <InLang text={q.text} page={locale} marked />
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {unanswered.length && answers.size ? (
        <section className="report-area report-open" aria-labelledby="unanswered">
          <h2 id="unanswered">{t.unansweredTitle}</h2>
          <ul>
            {unanswered.map((q) => (
              <li key={q.number}>
                <a href={backTo(q)}>
                  <InLang text={q.text} page={locale} marked />
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <AnswerMemory />
    </PageShell>
  )
}
