import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import type { SearchParams } from '@/site/answers'
import { assessmentText } from '@/site/assessment-text'
import { TeamGone } from '@/site/components/assessment/TeamGone'
import { PageShell } from '@/site/components/PageShell'
import { pageInEveryLocale } from '@/site/alternates'
import { localeOr404 } from '@/site/params'
import { roundsOf } from '@/site/team/rounds'
import { findTeamAsCoordinator, teamWasDeleted } from '@/site/team/store'
import { UserText } from '@/shared/text/user-text'
import { routes } from '@/shared/routes'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string; teamId: string }>; searchParams: Promise<SearchParams> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeOr404((await params).locale)
  return { title: assessmentText(locale).team.deleteConfirmTitle, robots: { index: false, follow: false } }
}

/**
 * The coordinator confirms the deletion: a plain POST form with `confirm=1`, so it works
 * without JavaScript (with it, the results page asks in place and never comes here).
 */
export default async function TeamDeleteConfirmPage({ params, searchParams }: Props) {
  const { locale: l, teamId } = await params
  const locale = localeOr404(l)
  const given = (await searchParams).key
  const key = typeof given === 'string' ? given : undefined
  const team = await findTeamAsCoordinator(teamId, key)
  if (!team || !key) {
    if (await teamWasDeleted(teamId))
      return <TeamGone locale={locale} path={(code) => routes.teamMembers(code, teamId)} />
    notFound()
  }
  const t = assessmentText(locale).team
  return (
    <PageShell
      locale={locale}
      alternates={pageInEveryLocale((code) => routes.teamDeleteConfirm(code, teamId, key))}
      current="assessment"
    >
      <p className="kicker">{team.name ? <UserText text={team.name} /> : t.coordinatorTitle}</p>
      <h1>{t.deleteConfirmTitle}</h1>
      <p className="lead">{t.deleteConfirmText(team.members.length, (await roundsOf(team)).length)}</p>
      <form method="post" action={routes.teamDelete(locale, teamId)} className="report-form team-delete">
        <input type="hidden" name="key" value={key} />
        <input type="hidden" name="confirm" value="1" />
        <div className="assessment-actions">
          <button type="submit">{t.deleteConfirmButton}</button>
          <a className="button button--secondary" href={routes.teamResults(locale, teamId, key)}>
            {t.deleteCancel}
          </a>
        </div>
      </form>
    </PageShell>
  )
}
