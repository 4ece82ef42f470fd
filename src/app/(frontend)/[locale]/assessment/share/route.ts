import { notFound } from 'next/navigation'

import { getAssessment } from '@/site/assessment'
import { assessmentText } from '@/site/assessment-text'
import { confirmPage, returnAddress } from '@/site/insights/share-pages'
import { contribute } from '@/site/insights/share'
import { readForm, refusalPage, seeOther } from '@/site/team/forms'
import { payloadClient } from '@/site/payload-client'
import { clientAddress } from '@/shared/requests/client-address'
import { isLocale } from '@/shared/locales'
import { routes } from '@/shared/routes'

type Context = { params: Promise<{ locale: string }> }

/**
 * `POST /{locale}/assessment/share`: the share form of a report or a team's results (answers
 * `q16=2`, profile, token, `back`) → 303 back to that page, marked `shared=1`. Without a good
 * token, a page asks once more (docs/decisions/011-anonymous-contributions.md); beyond the
 * address's allowance, 429.
 */
export async function POST(request: Request, { params }: Context): Promise<Response> {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = assessmentText(locale).insights
  const form = await readForm(request)
  if (form === 'too-large') return refusalPage(413, t.offerTitle, t.empty, routes.assessmentReport(locale), locale)
  const back = returnAddress(locale, form.get('back'))
  const outcome = await contribute(await payloadClient(), await getAssessment(locale), form, clientAddress(request))
  switch (outcome.kind) {
    case 'added':
      return seeOther(`${back.path}${back.path.includes('?') ? '&' : '?'}shared=1#share`)
    case 'empty':
      return seeOther(`${back.path}#share`)
    case 'too-many':
      return refusalPage(429, t.offerTitle, t.tooMany, back.path, locale)
    case 'confirm':
      return confirmPage(locale, form, outcome.token, back.path)
  }
}

/** The form lives on the report. */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  return seeOther(routes.assessmentReport(locale))
}
