import type { Endpoint, PayloadRequest } from 'payload'

import { recordActivity } from '@/cms/activity/record'
import { insightsCsv, readInsights } from '@/cms/insights/totals'
import { deleteAllContributions } from '@/shared/insights/contributions'
import { deleteAllConfirmation } from '@/shared/insights/confirm'
import { isAdmin, isStaff } from '@/shared/roles'

const noStore = { 'Cache-Control': 'no-store' }
const refused = (status: 403 | 400, tr: string, en: string) =>
  Response.json({ errors: [{ message: en, messageTr: tr }] }, { status, headers: noStore })
const staffOnly = () => refused(403, 'Bu bilgileri yalnızca ROTA ekibi görebilir.', 'Only ROTA staff may see this.')

/**
 * `GET /api/assessment-insights`, staff only: per published question, how many anonymous
 * contributions answered it and how they spread over its choices, under today's numbers:
 * `{ "questions": [ { "number": 16, "contributions": 123, "choices": [ { "number": 2, "count": 40 } ] } ] }`.
 */
export const insightsEndpoint: Endpoint = {
  path: '/assessment-insights',
  method: 'get',
  handler: async (req) => {
    if (!isStaff(req.user)) return staffOnly()
    return Response.json(await readInsights(req.payload), { headers: noStore })
  },
}

/** `GET /api/assessment-insights/csv`, staff only: the same, one row per choice. */
export const insightsCsvEndpoint: Endpoint = {
  path: '/assessment-insights/csv',
  method: 'get',
  handler: async (req) => {
    if (!isStaff(req.user)) return staffOnly()
    const { questions } = await readInsights(req.payload)
    return new Response(insightsCsv(questions), {
      headers: {
        ...noStore,
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': 'attachment; filename="rota-anonim-istatistikler.csv"',
      },
    })
  },
}

const confirmed = async (req: PayloadRequest) => {
  const body = (await req.json?.().catch(() => null)) as { confirm?: unknown } | null
  return body?.confirm === deleteAllConfirmation
}

/**
 * `POST /api/assessment-insights/delete` with `{ "confirm": "TÜMÜNÜ SİL" }`, administrators
 * only: every contribution deleted, and the activity log says who and how many.
 */
export const deleteContributionsEndpoint: Endpoint = {
  path: '/assessment-insights/delete',
  method: 'post',
  handler: async (req) => {
    if (!isAdmin(req.user))
      return refused(403, 'Katkıları yalnızca yöneticiler silebilir.', 'Only administrators may delete contributions.')
    if (!(await confirmed(req)))
      return refused(
        400,
        'Silmek için onay alanına “TÜMÜNÜ SİL” yazın.',
        'To delete, write “TÜMÜNÜ SİL” in the confirmation field.',
      )
    const deleted = await deleteAllContributions(req.payload)
    await recordActivity(
      req.payload,
      { action: 'contributions_deleted', documentTitle: `${deleted} anonim katkı`, details: { deleted } },
      req,
    )
    return Response.json({ deleted }, { headers: noStore })
  },
}
