import { notFound } from 'next/navigation'

import { assessmentText } from '@/site/assessment-text'
import { refusalPage } from '@/site/team/forms'
import { teamWasDeleted } from '@/site/team/store'
import { limits } from '@/shared/limits'
import type { Locale } from '@/shared/locales'
import { routes } from '@/shared/routes'

/**
 * The answer of a team's form or file route (the CSV, the settings, the deletion, a member's
 * answers) when the team is not there: 410 "Bu değerlendirme silindi" for a deleted team
 * (its tombstone, src/shared/team/team-tombstone.ts), else the site's 404.
 */
export async function goneOrNotFound(teamId: string, locale: Locale): Promise<Response> {
  if (!(await teamWasDeleted(teamId))) notFound()
  const t = assessmentText(locale).team
  return refusalPage(
    410,
    t.goneTitle,
    t.goneText(limits.team.retentionDays),
    `${routes.assessment(locale)}#team`,
    locale,
  )
}
