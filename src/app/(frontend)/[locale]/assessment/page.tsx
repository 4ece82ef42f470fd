import type { Metadata } from 'next'

import { getAssessment } from '@/site/assessment'
import { assessmentText } from '@/site/assessment-text'
import { ResumeNotice } from '@/site/components/assessment/ResumeNotice'
import { PageShell } from '@/site/components/PageShell'
import { pageInEveryLocale } from '@/site/alternates'
import { localeOr404 } from '@/site/params'
import { pageMetadata } from '@/site/seo'
import { localeCodes } from '@/shared/locales'
import { routes } from '@/shared/routes'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeOr404((await params).locale)
  const t = assessmentText(locale)
  return pageMetadata({ locale, path: routes.assessment, title: t.title, description: t.lead, languages: localeCodes })
}

/** What the assessment is, how long it takes, that nothing is stored; and the way in. */
export default async function AssessmentPage({ params }: Props) {
  const locale = localeOr404((await params).locale)
  const t = assessmentText(locale)
  const { areas, questions } = await getAssessment(locale)
  return (
    <PageShell locale={locale} alternates={pageInEveryLocale(routes.assessment)} current="assessment">
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
          <ResumeNotice texts={{ resume: t.resume, resumeNote: t.resumeNote, clear: t.clear, cleared: t.cleared }} />
        </>
      )}
    </PageShell>
  )
}
