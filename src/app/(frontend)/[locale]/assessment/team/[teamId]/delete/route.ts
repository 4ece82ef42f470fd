import { notFound } from 'next/navigation'

import { readForm, seeOther } from '@/site/team/forms'
import { deleteTeam, findTeamAsCoordinator } from '@/site/team/store'
import { isLocale } from '@/shared/locales'
import { routes } from '@/shared/routes'

type Context = { params: Promise<{ locale: string; teamId: string }> }

/** `POST …/delete` with `key` → 303; afterwards both links answer 404. */
export async function POST(request: Request, { params }: Context): Promise<Response> {
  const { locale, teamId } = await params
  if (!isLocale(locale)) notFound()
  const form = await readForm(request)
  const team = await findTeamAsCoordinator(teamId, form === 'too-large' ? undefined : (form.get('key') ?? undefined))
  if (!team) notFound()
  await deleteTeam(team)
  return seeOther(`${routes.assessment(locale)}?deleted=1`)
}
