import type { Metadata } from 'next'
import { notFound, redirect } from 'next/navigation'

import { answersQuery, readAnswers, today, type SearchParams } from '@/site/answers'
import { getAssessment } from '@/site/assessment'
import { assessmentText } from '@/site/assessment-text'
import { AssessmentScript } from '@/site/components/assessment/AssessmentScript'
import { ErrorSummary } from '@/site/components/assessment/ErrorSummary'
import { QuestionFieldset } from '@/site/components/assessment/QuestionFieldset'
import { InLang } from '@/site/components/InLang'
import { PageShell } from '@/site/components/PageShell'
import { pageInEveryLocale } from '@/site/alternates'
import { localeOr404 } from '@/site/params'
import { routes } from '@/shared/routes'

// Answers arrive in the address; the questionnaire itself is read from memory (src/site/assessment.ts).
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string; n: string }>; searchParams: Promise<SearchParams> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: l, n } = await params
  const locale = localeOr404(l)
  const t = assessmentText(locale)
  const total = (await getAssessment(locale)).areas.length
  return { title: `${t.title} · ${t.areaProgress(Number(n) || 1, total)}`, robots: { index: false, follow: false } }
}

/**
 * One area of the questionnaire, as a plain GET form that works without JavaScript: the
 * answers of the other areas travel as hidden fields, and the last area leads to the report
 * with everything in its address. Submitting an area with unanswered questions shows them
 * at the top; the reader may answer them or go on without.
 */
export default async function AssessmentAreaPage({ params, searchParams }: Props) {
  const { locale: l, n } = await params
  const locale = localeOr404(l)
  const t = assessmentText(locale)
  const assessment = await getAssessment(locale)
  const index = /^\d{1,3}$/.test(n) ? Number(n) : NaN
  const area = assessment.areas[index - 1]
  if (!area) notFound()
  const query = await searchParams
  const { answers } = readAnswers(query, assessment)
  const last = index === assessment.areas.length
  const nextUrl = () =>
    last
      ? routes.assessmentReport(locale, answersQuery(answers, { d: today() }))
      : routes.assessmentArea(locale, index + 1, answersQuery(answers))

  const unanswered = area.questions.filter((q) => !answers.has(q.number))
  if (query.go === 'back' && index > 1) redirect(routes.assessmentArea(locale, index - 1, answersQuery(answers)))
  if (query.go === 'anyway' || (query.go === 'next' && unanswered.length === 0)) redirect(nextUrl())
  const showErrors = query.go === 'next' && unanswered.length > 0

  const inThisArea = new Set(area.questions.map((q) => q.number))
  const carried = [...answers].filter(([question]) => !inThisArea.has(question))
  const totalQuestions = assessment.questions.size
  return (
    <PageShell
      locale={locale}
      alternates={pageInEveryLocale((code) => routes.assessmentArea(code, index, answersQuery(answers)))}
      current="assessment"
    >
      <p className="kicker">{t.areaProgress(index, assessment.areas.length)}</p>
      <h1>{area.title ? <InLang text={area.title} page={locale} marked /> : t.otherArea}</h1>
      <p className="assessment-progress">
        <progress max={totalQuestions} value={answers.size} aria-hidden="true" />{' '}
        <span>{t.answeredProgress(answers.size, totalQuestions)}</span>
      </p>
      {showErrors ? (
        <ErrorSummary
          title={t.errorTitle(unanswered.length)}
          text={t.errorText}
          items={unanswered.map((q) => ({ href: `#q${q.number}`, label: q.text }))}
          locale={locale}
        />
      ) : null}
      <form method="get" action={routes.assessmentArea(locale, index)} className="assessment-form" noValidate>
        {carried.map(([question, choice]) => (
          <input key={question} type="hidden" name={`q${question}`} value={choice} />
        ))}
        {area.questions.map((question) => (
          <QuestionFieldset
            key={question.number}
            question={question}
            answer={answers.get(question.number)}
            invalid={showErrors && !answers.has(question.number)}
            locale={locale}
          />
        ))}
        <div className="assessment-actions">
          <button type="submit" name="go" value="next">
            {last ? t.toReport : t.next}
          </button>
          {showErrors ? (
            <button type="submit" name="go" value="anyway" className="button--secondary">
              {t.continueAnyway}
            </button>
          ) : null}
          {index > 1 ? (
            <button type="submit" name="go" value="back" className="button--secondary">
              {t.previous}
            </button>
          ) : null}
        </div>
      </form>
      <AssessmentScript locale={locale} keepAnswers />
    </PageShell>
  )
}
