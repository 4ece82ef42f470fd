import { notFound } from 'next/navigation'

import { readForm, seeOther } from '@/site/team/forms'
import { goneOrNotFound } from '@/site/team/gone'
import { deleteTeam, findTeamAsCoordinator } from '@/site/team/store'
import { isLocale } from '@/shared/locales'
import { routes } from '@/shared/routes'

type Context = { params: Promise<{ locale: string; teamId: string }> }

/**
 * `POST …/delete` with `key` and `confirm=1` deletes the team → 303 to the start page; its
 * links answer 410 from then on. Without `confirm=1` nothing is deleted: 303 to the page that
 * asks for the confirmation (one tap on the results page must not delete a whole team).
 */
export async function POST(request: Request, { params }: Context): Promise<Response> {
  const { locale, teamId } = await params
  if (!isLocale(locale)) notFound()
  const form = await readForm(request)
  const key = form === 'too-large' ? undefined : (form.get('key') ?? undefined)
  const team = await findTeamAsCoordinator(teamId, key)
  if (!team) return goneOrNotFound(teamId, locale)
  if (form === 'too-large' || !key) notFound()
  if (form.get('confirm') !== '1') return seeOther(routes.teamDeleteConfirm(locale, teamId, key))
  await deleteTeam(team)
  return seeOther(`${routes.assessment(locale)}?deleted=1`)
}
