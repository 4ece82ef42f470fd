import { notFound } from 'next/navigation'

import { assessmentText } from '@/site/assessment-text'
import { readForm, refusalPage, seeOther } from '@/site/team/forms'
import { goneOrNotFound } from '@/site/team/gone'
import { startRound } from '@/site/team/rounds'
import { findTeamAsCoordinator } from '@/site/team/store'
import { limits } from '@/shared/limits'
import { isLocale } from '@/shared/locales'
import { routes } from '@/shared/routes'

type Context = { params: Promise<{ locale: string; teamId: string }> }

/**
 * `POST …/rounds` with `key`: the coordinator starts the team's next round (src/site/team/rounds.ts)
 * → 303 to the new round's results, with the same key. Sent from a round that a round already
 * follows (twice, or from an earlier round's page), it starts nothing and leads to the latest
 * round. A wrong key is the site's 404, as on the other coordinator's forms; at
 * `limits.team.rounds` rounds, 403 with a page that says so.
 */
export async function POST(request: Request, { params }: Context): Promise<Response> {
  const { locale, teamId } = await params
  if (!isLocale(locale)) notFound()
  const form = await readForm(request)
  const key = form === 'too-large' ? undefined : (form.get('key') ?? undefined)
  const team = await findTeamAsCoordinator(teamId, key)
  if (!team) return goneOrNotFound(teamId, locale)
  if (form === 'too-large' || !key) notFound()
  const started = await startRound(team)
  if (started === 'too-many') {
    const t = assessmentText(locale).team
    return refusalPage(
      403,
      t.newRoundTitle,
      t.roundsFull(limits.team.rounds),
      routes.teamResults(locale, teamId, key),
      locale,
    )
  }
  return seeOther(routes.teamResults(locale, started.publicId, key))
}
