import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { assessmentText } from '@/site/assessment-text'
import { TeamGone } from '@/site/components/assessment/TeamGone'
import { PageShell } from '@/site/components/PageShell'
import { pageInEveryLocale } from '@/site/alternates'
import { localeOr404 } from '@/site/params'
import { findTeam, teamWasDeleted } from '@/site/team/store'
import { routes } from '@/shared/routes'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string; teamId: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeOr404((await params).locale)
  return { title: assessmentText(locale).team.thanksTitle, robots: { index: false, follow: false } }
}

export default async function TeamThanksPage({ params }: Props) {
  const { locale: l, teamId } = await params
  const locale = localeOr404(l)
  const team = await findTeam(teamId)
  if (!team) {
    if (await teamWasDeleted(teamId))
      return <TeamGone locale={locale} path={(code) => routes.teamThanks(code, teamId)} />
    notFound()
  }
  const t = assessmentText(locale).team
  return (
    <PageShell
      locale={locale}
      alternates={pageInEveryLocale((code) => routes.teamThanks(code, teamId))}
      current="assessment"
    >
      <h1>{t.thanksTitle}</h1>
      <p>{t.thanksText}</p>
      <p>
        <a className="button button--secondary" href={routes.teamMembers(locale, teamId)}>
          {t.change}
        </a>
      </p>
      {team.shareResults ? (
        <p>
          <a href={routes.teamResults(locale, teamId)}>{t.sharedResults}</a>
        </p>
      ) : null}
    </PageShell>
  )
}
