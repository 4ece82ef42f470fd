import { notFound } from 'next/navigation'

import { assessmentText } from '@/site/assessment-text'
import { cleanName, nameProblem, readForm, refusalPage, seeOther } from '@/site/team/forms'
import { createTeam } from '@/site/team/store'
import { payloadClient } from '@/site/payload-client'
import { attemptLimiter, giveBack, take, type AttemptLimit } from '@/shared/requests/attempt-limits'
import { clientAddress } from '@/shared/requests/client-address'
import { limits } from '@/shared/limits'
import { isLocale } from '@/shared/locales'
import { routes } from '@/shared/routes'

type Context = { params: Promise<{ locale: string }> }

const creations: AttemptLimit = { name: 'team-creations', points: limits.team.createdPerHour, windowMs: 60 * 60_000 }

/** `POST /{locale}/assessment/team` (field `name`, optional) → 303 to the coordinator's page. */
export async function POST(request: Request, { params }: Context): Promise<Response> {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = assessmentText(locale).team
  const address = clientAddress(request)
  // The slot is taken before the body is read: when the count came after, 60 bodies sent slowly
  // from one address were all read while the count still said none, and all were created.
  const limiter = attemptLimiter(await payloadClient(), creations)
  if ((await take(limiter, address)).waitMs)
    return refusalPage(429, t.title, t.tooMany, routes.assessment(locale), locale)
  let created = false
  try {
    const form = await readForm(request)
    if (form === 'too-large') return refusalPage(413, t.title, t.tooLarge, routes.assessment(locale), locale)
    const name = cleanName(form.get('name'))
    // Back to the form with the name as given and what is wrong with it (shown there); nothing is created.
    if (nameProblem(name, t.nameField, locale))
      return seeOther(`${routes.assessment(locale)}?${new URLSearchParams({ invalid: 'name', name })}#team`)
    const { publicId, key } = await createTeam(name)
    created = true
    return seeOther(routes.teamResults(locale, publicId, key))
  } finally {
    // A form that created nothing does not count against the address once it is answered.
    if (!created) await giveBack(limiter, address)
  }
}

/** The form lives on the assessment's start page. */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  return seeOther(`${routes.assessment(locale)}#team`)
}
