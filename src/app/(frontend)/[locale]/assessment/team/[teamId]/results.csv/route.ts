import { notFound } from 'next/navigation'

import { getAssessment } from '@/site/assessment'
import { assessmentText } from '@/site/assessment-text'
import { goneOrNotFound } from '@/site/team/gone'
import { teamCsv } from '@/site/team/results'
import { findTeamAsCoordinator } from '@/site/team/store'
import { isLocale } from '@/shared/locales'

type Context = { params: Promise<{ locale: string; teamId: string }> }

/** `GET …/results.csv?key=…`: every member's answers (roles as the results show them), for the coordinator only. */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { locale, teamId } = await params
  if (!isLocale(locale)) notFound()
  const team = await findTeamAsCoordinator(teamId, new URL(request.url).searchParams.get('key') ?? undefined)
  if (!team) return goneOrNotFound(teamId, locale)
  const t = assessmentText(locale)
  const csv = teamCsv(team.members, await getAssessment(locale), {
    member: t.team.csvMember,
    role: t.team.csvRole,
    roleHidden: t.team.csvRoleHidden,
    question: t.question,
    unsure: t.dontKnow,
    roles: t.team.roles,
  })
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="rota-ekip-${teamId.slice(0, 6)}.csv"`,
      'Cache-Control': 'no-store',
    },
  })
}
