import { setImmediate as nextTurn } from 'node:timers/promises'

import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionBeforeOperationHook,
  CollectionBeforeValidateHook,
  PayloadRequest,
  SanitizedCollectionConfig,
  Where,
} from 'payload'

import { documentOf, recordActivity } from '@/cms/activity/record'
import { localize, messages } from '@/cms/messages'
import { Refused } from '@/cms/refused'
import { draftFingerprint } from '@/cms/schedules/fingerprint'
import { isEditor, isTranslator } from '@/shared/roles'
import {
  scheduleActions,
  scheduleFields,
  scheduleOutcomes,
  scheduleTimeZone,
  type ScheduleAction,
} from '@/shared/states/schedules'

/** Set in the context of the runner's own writes: they carry a schedule out, they do not make one. */
export const runningSchedule = 'runningSchedule'

/** The runner's writes name who scheduled them as their versions' author. */
export const scheduledBy = 'scheduledBy'

/**
 * The runner's publishes give readers' requests a turn of the event loop between their steps.
 * The SQLite driver runs each query synchronously, so a publish (read, checks, write, version,
 * translation states) was one unbroken 40-140 ms in which no page was answered. Placed first
 * among a collection's hooks of each kind, and after the translation states (the costliest).
 */
export const givePagesATurn = {
  beforeValidate: (async ({ data, context }) => {
    if (context[runningSchedule]) await nextTurn()
    return data
  }) satisfies CollectionBeforeValidateHook,
  beforeChange: (async ({ data, context }) => {
    if (context[runningSchedule]) await nextTurn()
    return data
  }) satisfies CollectionBeforeChangeHook,
  afterChange: (async ({ doc, context }) => {
    if (context[runningSchedule]) await nextTurn()
    return doc
  }) satisfies CollectionAfterChangeHook,
}

/** A schedule value as one comparable number (ISO strings of the same time can be spelt differently). */
const timeOf = (value: unknown): number | null => {
  if (typeof value !== 'string' && !(value instanceof Date)) return null
  const time = new Date(value).getTime()
  return Number.isNaN(time) ? null : time
}

/**
 * Translators cannot schedule, on any path. Their admin form may send back the date it shows
 * unchanged; any other value asking to schedule or to cancel is refused with a reason (field
 * access alone would drop it without a word).
 */
export const scheduleRules: CollectionBeforeOperationHook = async ({ args, operation, req, collection }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const write = args as { id?: string | number; data?: Record<string, unknown> }
  const asked = Object.values(scheduleFields).filter((field) => write.data && field in write.data)
  if (!asked.length || !req.user || isEditor(req.user) || req.context[runningSchedule]) return args
  const current =
    write.id === undefined
      ? null
      : ((await req.payload.findByID({
          collection: collection.slug,
          id: write.id,
          locale: req.locale as never,
          draft: true,
          depth: 0,
          fallbackLocale: false,
          overrideAccess: true,
          disableErrors: true,
          req,
        })) as Record<string, unknown> | null)
  if (asked.some((field) => timeOf(write.data?.[field]) !== timeOf(current?.[field]))) {
    throw new Refused(localize(req, messages.translatorsCannotSchedule), 403)
  }
  return args
}

/**
 * A publish by hand makes a pending scheduled publish of that language moot, and an unpublish
 * by hand a scheduled unpublish: the date is cleared with it (and the schedule cancelled below).
 */
export const clearDoneByHand: CollectionBeforeChangeHook = ({ data, operation, context }) => {
  if (operation !== 'update' || context.savingDraft || context[runningSchedule]) return data
  if (data._status === 'published') data.publishAt = null
  if (data._status === 'draft') data.unpublishAt = null
  return data
}

type Target = { collection: SanitizedCollectionConfig; doc: Record<string, unknown>; locale: string }

const sameTarget = ({ collection, doc, locale }: Target, action: ScheduleAction | ScheduleAction[]): Where[] => [
  { targetCollection: { equals: collection.slug } },
  { document: { equals: String(doc.id) } },
  { locale: { equals: locale } },
  { action: Array.isArray(action) ? { in: action } : { equals: action } },
]

const openStates = ['pending', 'held', 'failed']

/** Ends the open schedules (pending, held or failed) of one document, language and action. */
async function endOpenSchedules(req: PayloadRequest, where: Where, outcome: string): Promise<number> {
  const open: Where = { and: [where, { state: { in: openStates } }] }
  const { docs } = await req.payload.update({
    collection: 'schedules',
    where: open,
    data: { state: 'cancelled', outcome },
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs.length
}

async function replaceSchedule(req: PayloadRequest, target: Target, action: ScheduleAction, at: string | null) {
  const { collection, doc, locale } = target
  const named = documentOf(collection, doc, collection.admin.useAsTitle)
  const person = req.user ? String((req.user as { name?: string }).name || req.user.email) : undefined
  const ended = await endOpenSchedules(
    req,
    { and: sameTarget(target, action) },
    at ? scheduleOutcomes.replaced : req.context.savingDraft ? scheduleOutcomes.cleared : scheduleOutcomes.doneByHand,
  )
  if (at) {
    await req.payload.create({
      collection: 'schedules',
      data: {
        at,
        at_tz: scheduleTimeZone,
        action,
        targetCollection: collection.slug,
        document: String(doc.id),
        documentTitle: named.documentTitle,
        locale,
        state: 'pending',
        requestedBy: person,
        requestedById: req.user ? String(req.user.id) : null,
        fingerprint: await draftFingerprint(
          req.payload,
          { collection: collection.slug, id: String(doc.id), locale },
          req,
        ),
      },
      depth: 0,
      overrideAccess: true,
      req,
    })
  }
  if (at || ended)
    await recordActivity(
      req.payload,
      { action: at ? 'schedule' : 'unschedule', ...named, locale, details: { scheduled: action, at } },
      req,
    )
}

/** Whether this document, language and action already had a schedule for that time. */
async function known(req: PayloadRequest, target: Target, action: ScheduleAction, at: string): Promise<boolean> {
  const { totalDocs } = await req.payload.count({
    collection: 'schedules',
    where: {
      and: [...sameTarget(target, action), { at: { equals: at } }, { state: { not_equals: 'cancelled' } }],
    },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

/**
 * A `publishAt` or `unpublishAt` the write sends (in the language of the write) becomes a
 * schedule: a new time replaces the open one with a fingerprint of the draft as it is now, null
 * cancels it. Both are in the activity log.
 * Read from what the write sends, not from the saved document: a language without its own
 * date reads the Turkish one by fallback. A time the document already had (the admin's form
 * sends the date back with every save, also once it is done or held) asks for nothing new, so
 * a held schedule is taken up again only with a new time. Translators' values are never a
 * request: the rules refused any change they sent.
 */
export const recordScheduleChanges: CollectionAfterChangeHook = async ({ doc, data, req, collection, context }) => {
  if (context[runningSchedule] || isTranslator(req.user) || typeof req.locale !== 'string' || req.locale === 'all')
    return doc
  const target = { collection, doc, locale: req.locale }
  // Every save sends the dates back, most of them empty: ending nothing, unless a schedule is
  // open. One count for both instead of an update operation per date that finds none
  // (bench:xliff: two per saved document).
  const asked = scheduleActions.filter((action) => data && scheduleFields[action] in data)
  if (asked.length && asked.every((action) => timeOf(data?.[scheduleFields[action]]) === null)) {
    const open = { and: [...sameTarget(target, asked), { state: { in: openStates } }] }
    if ((await req.payload.db.count({ collection: 'schedules', where: open, req })).totalDocs === 0) return doc
  }
  for (const action of scheduleActions) {
    const field = scheduleFields[action]
    if (!data || !(field in data)) continue
    const time = timeOf(data[field])
    const at = time === null ? null : new Date(time).toISOString()
    if (at && (await known(req, target, action, at))) continue
    await replaceSchedule(req, target, action, at)
  }
  return doc
}

/** A deleted document has nothing left to publish: its open schedules end with it. */
export const cancelSchedulesOfDeleted: CollectionAfterDeleteHook = async ({ id, req, collection }) => {
  await endOpenSchedules(
    req,
    { and: [{ targetCollection: { equals: collection.slug } }, { document: { equals: String(id) } }] },
    scheduleOutcomes.deleted,
  )
}
