import { cookies } from 'next/headers'
import { notFound } from 'next/navigation'

import { answersQuery, readAnswers } from '@/site/answers'
import { getAssessment } from '@/site/assessment'
import { assessmentText } from '@/site/assessment-text'
import { cleanName, memberCookie, nameProblem, readForm, refusalPage, seeOther } from '@/site/team/forms'
import { goneOrNotFound } from '@/site/team/gone'
import { findTeam, roles, saveMember, token, type Role } from '@/site/team/store'
import { limits } from '@/shared/limits'
import { isLocale } from '@/shared/locales'
import { routes } from '@/shared/routes'

type Context = { params: Promise<{ locale: string; teamId: string }> }

/**
 * A member's answers: `POST /{locale}/assessment/team/{teamId}` (src/proxy.ts sends it here)
 * with `role`, `name` (optional) and `q{n}={c}` → 303 to the thank-you page. The same browser
 * (a cookie) replaces its earlier answers until the coordinator closes the members' link;
 * a closed link answers 403 with a page saying so, and nothing is saved.
 */
export async function POST(request: Request, { params }: Context): Promise<Response> {
  const { locale, teamId } = await params
  if (!isLocale(locale)) notFound()
  const team = await findTeam(teamId)
  if (!team) return goneOrNotFound(teamId, locale)
  const t = assessmentText(locale).team
  const closed = () =>
    refusalPage(403, t.closedTitle, `${t.closed} ${t.closedText}`, routes.teamMembers(locale, teamId), locale)
  if (team.closed) return closed()
  const form = await readForm(request)
  if (form === 'too-large') return refusalPage(413, t.title, t.tooLarge, routes.teamMembers(locale, teamId), locale)
  const assessment = await getAssessment(locale)
  const { answers } = readAnswers(Object.fromEntries(form), assessment)
  const role = form.get('role')
  const name = cleanName(form.get('name'))
  const missingRole = !roles.includes(role as Role)
  const invalidName = nameProblem(name, t.memberNameField, locale) !== null
  if (missingRole || invalidName) {
    // Back to the form with what was given, and what to correct (the role, the name).
    const query = answersQuery(answers, {
      missing: missingRole ? 'role' : null,
      invalid: invalidName ? 'name' : null,
      name,
    })
    return seeOther(`${routes.teamMembers(locale, teamId)}?${query}#${missingRole ? 'role' : 'name'}`)
  }
  const jar = await cookies()
  const known = jar.get(memberCookie(teamId))?.value
  const memberId = known && /^[A-Za-z0-9_-]{22}$/.test(known) ? known : token()
  const saved = await saveMember(teamId, {
    id: memberId,
    role: role as Role,
    name,
    answers: Object.fromEntries([...answers].map(([q, c]) => [String(q), c])),
    at: new Date().toISOString(),
  })
  if (saved === 'missing') return goneOrNotFound(teamId, locale)
  // Closed while this answer was on its way: saveMember reads the team again before it writes.
  if (saved === 'closed') return closed()
  if (saved === 'full') return seeOther(`${routes.teamMembers(locale, teamId)}?full=1`)
  const secure = new URL(request.url).protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https'
  const cookie = `${memberCookie(teamId)}=${memberId}; Path=/; Max-Age=${limits.team.retentionDays * 24 * 60 * 60}; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`
  return seeOther(routes.teamThanks(locale, teamId), { 'Set-Cookie': cookie })
}
