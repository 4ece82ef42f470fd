import { notFound } from 'next/navigation'

import { readForm, seeOther } from '@/site/team/forms'
import { goneOrNotFound } from '@/site/team/gone'
import { findTeamAsCoordinator, setTeamSettings } from '@/site/team/store'
import { isLocale } from '@/shared/locales'
import { routes } from '@/shared/routes'

type Context = { params: Promise<{ locale: string; teamId: string }> }

/** `POST …/settings` with `key`, `closed`, `share`: the coordinator closes the assessment or shares its results. */
export async function POST(request: Request, { params }: Context): Promise<Response> {
  const { locale, teamId } = await params
  if (!isLocale(locale)) notFound()
  const form = await readForm(request)
  const key = form === 'too-large' ? undefined : (form.get('key') ?? undefined)
  const team = await findTeamAsCoordinator(teamId, key)
  if (!team) return goneOrNotFound(teamId, locale)
  if (form === 'too-large' || !key) notFound()
  await setTeamSettings(teamId, { closed: form.get('closed') === '1', shareResults: form.get('share') === '1' })
  return seeOther(routes.teamResults(locale, teamId, key))
}
