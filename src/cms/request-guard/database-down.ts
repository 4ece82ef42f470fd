import { getPayload, type SanitizedConfig } from 'payload'

import { databaseState } from '@/cms/database/database-state'
import { requestMessages } from '@/cms/request-guard/messages'
import { Refusal, refusalResponse } from '@/cms/request-guard/refusal'

/**
 * Whether an answer may come from a database that does not answer: Payload's 500, or a 401/403
 * to someone who sent their session, because Payload reads a user it cannot load as nobody (an
 * editor's save then said "you are not allowed", measured).
 */
export function failedOnTheServer(request: Request, response: Response, sessionCookie: string): boolean {
  if (response.status === 500) return true
  if (response.status !== 401 && response.status !== 403) return false
  const cookie = request.headers.get('cookie') ?? ''
  return (
    request.headers.has('authorization') || cookie.split(/;\s*/).some((part) => part.startsWith(`${sessionCookie}=`))
  )
}

/**
 * For an API request that failed on the server: when the database does not answer, a 503 that
 * says so in the editor's language, which the admin shows as its error notice, instead of
 * Payload's "Something went wrong". The editor's form keeps what they wrote. Null when the
 * database answers: then the failure was something else and keeps its own answer.
 */
export async function databaseDownResponse(request: Request, config: SanitizedConfig): Promise<Response | null> {
  const payload = await getPayload({ config })
  if ((await databaseState(payload)) === 'ok') return null
  return refusalResponse(request, new Refusal(503, requestMessages.databaseDown, { 'Retry-After': '60' }))
}
