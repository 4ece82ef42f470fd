import type { Metadata } from 'next'
import { Fragment } from 'react'

import { answersQuery, dontKnow, type SearchParams } from '@/site/answers'
import { levelDistribution, type AssessmentQuestion } from '@/site/assessment'
import { assessmentText } from '@/site/assessment-text'
import { ActionPlan } from '@/site/components/assessment/ActionPlan'
import { BenchmarkFigure } from '@/site/components/assessment/BenchmarkFigure'
import { BenchmarkFilter } from '@/site/components/assessment/BenchmarkFilter'
import { AssessmentScript } from '@/site/components/assessment/AssessmentScript'
import { LevelChart } from '@/site/components/assessment/LevelChart'
import { ReportQuestion } from '@/site/components/assessment/ReportQuestion'
import { ReportTools } from '@/site/components/assessment/ReportTools'
import { ShareOffer } from '@/site/components/assessment/ShareOffer'
import { freshShareToken, readBenchmark } from '@/site/insights/report-insights'
import { SentenceWith } from '@/shared/text/user-text'
import { InLang } from '@/site/components/InLang'
import { PageShell } from '@/site/components/PageShell'
import { pageInEveryLocale } from '@/site/alternates'
import { localeOr404 } from '@/site/params'
import { readReport } from '@/site/report'
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

/**
 * The reader's report: for every answer its advice and resources (marked where the advice
 * changed since the answers' day), an action plan, a comparison with an earlier report, what
 * was left open, and what in the address could not be read. One GET form holds it all, so
 * the plan and the comparison work without JavaScript and end up in the address too.
 */
export default async function ReportPage({ params, searchParams }: Props) {
  const locale = localeOr404((await params).locale)
  const t = assessmentText(locale)
  const query = await searchParams
  const report = await readReport(locale, query)
  const { assessment, answers, day, ignored, plan, earlier, earlierParam, address, answered } = report
  // "Örgütler arasında" and the share offer (docs/decisions/011-anonymous-contributions.md).
  const [benchmark, shareToken] = await Promise.all([readBenchmark(assessment, query.bm), freshShareToken()])
  const anyFigure = answered.some((q) => benchmark.question(q))
  const benchmarkHref = (param: string | null) =>
    `${routes.assessmentReport(locale, param ? `${address}&bm=${encodeURIComponent(param)}` : address)}#benchmark`
  const { unsure, unanswered, changes, resources, earlierChoice, changedSinceEarlier, chosen } = report
  const backTo = (q: AssessmentQuestion) =>
    `${routes.assessmentArea(locale, q.area, answersQuery(answers))}#q${q.number}`
  /** Questions to go back to (unsure, unanswered), each linking to its place in the questionnaire. */
  const linksBack = (questions: AssessmentQuestion[]) => (
    <ul>
      {questions.map((q) => (
        <li key={q.number}>
          <a href={backTo(q)}>
            <InLang text={q.text} page={locale} marked />
          </a>
        </li>
      ))}
    </ul>
  )

  return (
    <PageShell
      locale={locale}
      alternates={pageInEveryLocale((code) => routes.assessmentReport(code, address))}
      current="assessment"
    >
      <h1>{t.reportTitle}</h1>
      {day ? <p className="kicker">{t.reportDate(dateText(locale, day))}</p> : null}
      <p className="lead">{t.reportLead}</p>
      <div className="report-actions">
        <a className="button button--secondary" href={routes.assessmentArea(locale, 1, answersQuery(answers))}>
          {t.changeAnswers}
        </a>
        <ReportTools texts={{ copyLink: t.copyLink, print: t.print }} />
      </div>
      {ignored.length ? (
        <div className="report-note" role="note">
          <h2>{t.ignoredTitle}</h2>
          <ul>
            {ignored.slice(0, 20).map((item) => (
              <li key={`${item.kind}:${item.name}`}>
                <SentenceWith sentence={t.ignored[item.kind]} text={item.name.slice(0, 60)} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {answers.size === 0 ? (
        <p>
          {t.emptyReport} <a href={routes.assessmentArea(locale, 1)}>{t.start}</a>
        </p>
      ) : (
        <form method="get" action={routes.assessmentReport(locale)} className="report-form">
          {[...answers].map(([question, choice]) => (
            <input key={question} type="hidden" name={`q${question}`} value={choice} />
          ))}
          {day ? <input type="hidden" name="d" value={day} /> : null}
          {benchmark.filter ? <input type="hidden" name="bm" value={benchmark.filter.param} /> : null}

          <section className="report-compare plan-controls" aria-labelledby="compare">
            <h2 id="compare">{t.compareTitle}</h2>
            {earlierParam !== undefined ? (
              <p role="status">
                {earlier
                  ? t.compareSummary(changedSinceEarlier, earlier.day ? dateText(locale, earlier.day) : null)
                  : t.compareNone}
              </p>
            ) : null}
            <label htmlFor="prev">{t.compareLabel}</label>
            <div className="report-compare__row">
              <input
                id="prev"
                name="prev"
                type="text"
                inputMode="url"
                defaultValue={earlierParam ?? ''}
                autoComplete="off"
              />
              <button type="submit">{t.compareButton}</button>
            </div>
          </section>

          <BenchmarkFilter benchmark={benchmark} anyFigure={anyFigure} hrefFor={benchmarkHref} locale={locale} />

          {assessment.areas.map((area) => {
            const questions = area.questions.filter((q) => answered.includes(q))
            if (!questions.length) return null
            const levels = levelDistribution(area, assessment.levels, (q) => q.choices.filter((c) => c === chosen(q)))
            const othersLevels = levels ? benchmark.area(area) : null
            return (
              <section key={area.index} className="report-area" aria-labelledby={`area-${area.index}`}>
                <h2 id={`area-${area.index}`}>
                  {area.title ? <InLang text={area.title} page={locale} marked /> : t.otherArea}
                </h2>
                {levels ? (
                  <LevelChart counts={levels} summary={t.levelsSummary} areaIndex={area.index} locale={locale} />
                ) : null}
                {othersLevels ? (
                  <LevelChart
                    counts={othersLevels}
                    summary={t.insights.othersLevels}
                    areaIndex={`${area.index}-others`}
                    locale={locale}
                  />
                ) : null}
                {questions.map((question) => {
                  const figure = benchmark.question(question)
                  return (
                    <Fragment key={question.number}>
                      <ReportQuestion
                        question={question}
                        choice={chosen(question)!}
                        earlier={earlierChoice(question)}
                        plan={plan.get(question.number)}
                        change={changes.get(question.number) ?? null}
                        locale={locale}
                      />
                      {figure ? (
                        <BenchmarkFigure
                          figure={figure}
                          chosen={chosen(question)}
                          questionNumber={question.number}
                          locale={locale}
                        />
                      ) : null}
                    </Fragment>
                  )
                })}
              </section>
            )
          })}

          {unsure.length ? (
            <section className="report-area report-open" aria-labelledby="unsure">
              <h2 id="unsure">{t.dontKnowTitle}</h2>
              <p>{t.dontKnowText}</p>
              {linksBack(unsure)}
            </section>
          ) : null}
          {unanswered.length ? (
            <section className="report-area report-open" aria-labelledby="unanswered">
              <h2 id="unanswered">{t.unansweredTitle}</h2>
              {linksBack(unanswered)}
            </section>
          ) : null}
          <ActionPlan plan={plan} answers={answers} assessment={assessment} resources={resources} locale={locale} />
        </form>
      )}
      {answered.length ? (
        <ShareOffer
          locale={locale}
          answers={new Map([...answers].filter(([, choice]) => choice !== dontKnow))}
          back={routes.assessmentReport(locale, address)}
          token={shareToken}
          k={benchmark.k}
          shared={query.shared === '1'}
        />
      ) : null}
      <AssessmentScript locale={locale} keepAnswers />
    </PageShell>
  )
}
