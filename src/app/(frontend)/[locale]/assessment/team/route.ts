import { notFound } from 'next/navigation'

import { assessmentText } from '@/site/assessment-text'
import { cleanName, nameProblem, readForm, refusalPage, seeOther } from '@/site/team/forms'
import { createTeam } from '@/site/team/store'
import { AddressLimiter } from '@/shared/address-limiter'
import { clientAddress } from '@/shared/client-address'
import { limits } from '@/shared/limits'
import { isLocale } from '@/shared/locales'
import { routes } from '@/shared/routes'

type Context = { params: Promise<{ locale: string }> }

const creations = new AddressLimiter(limits.team.createdPerHour, 60 * 60 * 1000)

/** `POST /{locale}/assessment/team` (field `name`, optional) → 303 to the coordinator's page. */
export async function POST(request: Request, { params }: Context): Promise<Response> {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = assessmentText(locale).team
  const address = clientAddress(request)
  if (creations.waitMs(address) > 0) return refusalPage(429, t.title, t.tooMany, routes.assessment(locale), locale)
  const form = await readForm(request)
  if (form === 'too-large') return refusalPage(413, t.title, t.tooLarge, routes.assessment(locale), locale)
  const name = cleanName(form.get('name'))
  // Back to the form with the name as given and what is wrong with it (shown there); nothing is created.
  if (nameProblem(name, t.nameField, locale))
    return seeOther(`${routes.assessment(locale)}?${new URLSearchParams({ invalid: 'name', name })}#team`)
  creations.record(address)
  const { publicId, key } = await createTeam(name)
  return seeOther(routes.teamResults(locale, publicId, key))
}

/** The form lives on the assessment's start page. */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  return seeOther(`${routes.assessment(locale)}#team`)
}
