import type { CollectionSlug, Endpoint } from 'payload'

import { noStore, refuse } from '@/cms/endpoints/endpoint-answers'
import { messages } from '@/cms/messages'
import { draftFingerprint } from '@/cms/schedules/fingerprint'
import { newestFirst } from '@/shared/dates'
import { isLocale } from '@/shared/locales'
import { isEditor, isStaff } from '@/shared/roles'
import { scheduleFields, type ScheduleAction, type ScheduleState } from '@/shared/states/schedules'

/** A schedule of one document and language that has not ended, as the form shows it. */
export type OpenSchedule = {
  action: ScheduleAction
  at: string
  state: Extract<ScheduleState, 'pending' | 'held' | 'failed'>
  /** Why it was held or failed (editors only). */
  outcome: string | null
  /**
   * A pending publish whose draft changed since it was scheduled: it will be held when due
   * (the runner compares the same fingerprint), so the form says so now.
   */
  draftChanged: boolean
  requestedBy: string | null
}

/**
 * GET /api/schedule-state/{collection}/{id}?locale=tr (staff): the schedules of this document
 * and language that have not ended, the newest of each action first, for its form: editors see
 * a held or failed one beside its time with the reason, and anyone saving a draft is asked
 * first while a publish is pending (the save would hold it), or told that a change since has
 * already done so. Translators, who do not read the schedules, learn only the time of the
 * pending publish of the language they edit.
 */
export const scheduleStateEndpoint: Endpoint = {
  path: '/schedule-state/:collection/:id',
  method: 'get',
  handler: async (req) => {
    if (!isStaff(req.user)) return refuse(req, messages.documentStateStaffOnly, 403)
    const { collection, id } = (req.routeParams ?? {}) as { collection?: string; id?: string }
    const locale = new URL(req.url ?? 'http://x').searchParams.get('locale') ?? ''
    const config = collection ? req.payload.collections[collection as CollectionSlug]?.config : undefined
    const scheduled = config?.fields.some((field) => 'name' in field && field.name === scheduleFields.publish)
    if (!config || !scheduled || !id || !isLocale(locale)) return refuse(req, messages.documentStateUnknown, 404)
    const { docs } = await req.payload.find({
      collection: 'schedules',
      where: {
        and: [
          { targetCollection: { equals: collection } },
          { document: { equals: id } },
          { locale: { equals: locale } },
          { state: { in: ['pending', 'held', 'failed'] } },
        ],
      },
      sort: '-updatedAt',
      limit: 20,
      depth: 0,
      overrideAccess: true,
      req,
    })
    const editor = isEditor(req.user)
    const shown = docs
      .filter((s) => editor || (s.action === 'publish' && s.state === 'pending'))
      .sort((a, b) => newestFirst(a.updatedAt, b.updatedAt))
    const now = shown.some((s) => s.action === 'publish' && s.state === 'pending')
      ? await draftFingerprint(req.payload, { collection: config.slug, id, locale }, req)
      : null
    const open: OpenSchedule[] = shown.map((s) => ({
      action: s.action as ScheduleAction,
      at: s.at,
      state: s.state as OpenSchedule['state'],
      outcome: editor ? (s.outcome ?? null) : null,
      draftChanged: s.action === 'publish' && s.state === 'pending' && now !== s.fingerprint,
      requestedBy: editor ? (s.requestedBy ?? null) : null,
    }))
    return Response.json({ locale, schedules: open }, { headers: noStore })
  },
}
