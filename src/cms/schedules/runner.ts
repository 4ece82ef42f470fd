import { setImmediate as nextTurn, setTimeout as sleep } from 'node:timers/promises'

import type { CollectionSlug, Payload, Where } from 'payload'

import { documentOf, recordActivity } from '@/cms/activity/record'
import { type Claim, releaseClaim, takeClaim } from '@/cms/instances/claims'
import { announceContentChange } from '@/cms/instances/content-stamp'
import { revalidateSite } from '@/cms/hooks/revalidate'
import { notifyScheduleNotDone } from '@/cms/notifications/events'
import { draftFingerprint } from '@/cms/schedules/fingerprint'
import { runningSchedule, scheduledBy } from '@/cms/schedules/hooks'
import { activityRecordedByCaller, systemPerson } from '@/shared/activity'
import { latestComparableDate, timeOf } from '@/shared/dates'
import { limits } from '@/shared/limits'
import { scheduleOutcomes, type ScheduleState } from '@/shared/states/schedules'

import type { Schedule } from '@payload-types'

type Ending = { state: Exclude<ScheduleState, 'pending' | 'cancelled'>; outcome: string }

/**
 * Takes a due schedule for this runner. Several app instances run the runner against one
 * database: the claim is the insert of a row keyed by the schedule and its time
 * (src/cms/instances/claims.ts), which exactly one of them wins, on SQLite and MongoDB alike; a runner
 * that died holding it lets go after `limits.scheduleClaimMs`. The winner reads the schedule
 * again: one carried out by another runner since this one read its batch is no longer pending.
 */
async function claim(payload: Payload, schedule: Schedule, now: Date): Promise<Claim | null> {
  const taken = await takeClaim(payload, `schedule:${schedule.id}@${schedule.at}`, limits.scheduleClaimMs, now)
  if (!taken) return null
  const fresh = await payload.findByID({
    collection: 'schedules',
    id: schedule.id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  if (fresh?.state === 'pending') return taken
  await releaseClaim(payload, taken)
  return null
}

/**
 * Publishes exactly the scheduled text in the scheduled language, or takes the document off the
 * site, as the admin's buttons do: the same rules, one activity entry in the name of who
 * scheduled it. The page refresh is the run's (refreshPages), not each publish's.
 */
async function carryOut(payload: Payload, schedule: Schedule): Promise<Ending> {
  const collection = schedule.targetCollection as CollectionSlug
  const ref = { collection, id: schedule.document, locale: schedule.locale }
  const fingerprint = await draftFingerprint(payload, ref)
  if (fingerprint === null) return { state: 'failed', outcome: scheduleOutcomes.deleted }
  await nextTurn()
  const context = {
    [runningSchedule]: true,
    [activityRecordedByCaller]: true,
    [scheduledBy]: schedule.requestedBy,
    disableRevalidate: true,
  }
  const common = { collection, id: schedule.document, locale: schedule.locale as never, depth: 0, overrideAccess: true }

  if (schedule.action === 'publish') {
    if (fingerprint !== schedule.fingerprint) return { state: 'held', outcome: scheduleOutcomes.draftChanged }
    await payload.update({ ...common, data: { _status: 'published', publishAt: null } as never, context })
  } else {
    const live = await payload.findByID({ ...common, draft: false, disableErrors: true })
    if ((live as { _status?: string } | null)?._status !== 'published')
      return { state: 'done', outcome: scheduleOutcomes.alreadyOff }
    await payload.update({ ...common, data: { _status: 'draft', unpublishAt: null } as never, context })
  }
  await nextTurn()
  const doc = await payload.findByID({ ...common, draft: true })
  const config = payload.collections[collection].config
  await recordActivity(payload, {
    action: schedule.action === 'publish' ? 'scheduled_publish' : 'scheduled_unpublish',
    personName: schedule.requestedBy ?? undefined,
    ...documentOf(config, doc as unknown as Record<string, unknown>, config.admin.useAsTitle),
    locale: schedule.locale,
    details: { scheduledAt: schedule.at, carriedOutBy: systemPerson },
  })
  return {
    state: 'done',
    outcome: schedule.action === 'publish' ? scheduleOutcomes.published : scheduleOutcomes.unpublished,
  }
}

/** A failure's first line, short: it is shown to editors on their dashboard. */
const reason = (error: unknown): string =>
  String((error as Error)?.message ?? error)
    .split('\n')[0]
    .slice(0, 300)

/** Writes how a schedule ended; one that was not carried out is logged and in the activity log. */
async function end(payload: Payload, schedule: Schedule, ending: Ending): Promise<void> {
  if (ending.state !== 'done') {
    payload.logger.warn({ msg: 'scheduled action not carried out', schedule: schedule.id, ...ending })
    await recordActivity(payload, {
      action: 'schedule_failed',
      personName: schedule.requestedBy ?? undefined,
      collection: schedule.targetCollection,
      document: schedule.document,
      documentTitle: schedule.documentTitle ?? undefined,
      locale: schedule.locale,
      details: { scheduled: schedule.action, at: schedule.at, outcome: ending.outcome },
    })
    await notifyScheduleNotDone(payload, schedule, ending.outcome)
  }
  await payload.update({
    collection: 'schedules',
    id: schedule.id,
    data: { state: ending.state, outcome: ending.outcome, carriedOutAt: new Date().toISOString() },
    depth: 0,
    overrideAccess: true,
  })
}

/**
 * Pending schedules that may be due, or whose time is no time. The database only narrows:
 * on SQLite it compares the text, which is time order for the canonical ISO text the schedule
 * hooks write (`toISOString()`, years 0000–9999); what sorts outside that range as text (a
 * sign, a letter, nothing) is asked for too, so that it can be failed, and each one's
 * due-ness is then decided by time (see carryOutDueSchedules). Oldest first, one batch.
 */
const dueOrUnreadable = (payload: Payload, now: Date, seen: Array<Schedule['id']>) =>
  payload.find({
    collection: 'schedules',
    where: {
      and: [
        { state: { equals: 'pending' } },
        {
          or: [
            { at: { less_than_equal: now.toISOString() } },
            { at: { greater_than: latestComparableDate } },
            { at: { exists: false } },
          ],
        },
        ...(seen.length ? [{ id: { not_in: seen } } satisfies Where] : []),
      ],
    },
    sort: 'at',
    limit: limits.scheduleBatch,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })

/**
 * Refreshes the pages for the publishes carried out since the last refresh, as a publish by
 * hand does: this instance's now, the others' at their next look at the content stamp. Once
 * per publish, 200 schedules falling due together emptied the server's page copies 200 times
 * and had every page rendered anew each time, and readers waited seconds. The stamp is written
 * after the publishes, so an instance that sees it also sees them.
 */
async function refreshPages(payload: Payload, taken: number): Promise<void> {
  revalidateSite(payload, `${taken} scheduled actions carried out`)
  try {
    await announceContentChange(payload)
  } catch (error) {
    payload.logger.error({ msg: 'cannot tell the other instances about scheduled publishing', err: reason(error) })
  }
}

/**
 * Carries out every schedule whose time has come (those of the past too, at start-up), oldest
 * first. Each ends done, held (the draft changed since) or failed (with the reason); none is
 * dropped. A stored time that is no date in the years 0000–9999 is not due, ever: the schedule
 * fails with that reason rather than run at once. Answers how many ended each way.
 *
 * Readers' pages are answered between any two steps: the SQLite driver runs each query
 * synchronously, so without a turn given back 100 publishes were one unbroken run of the event
 * loop that held every request for seconds (the publishes' own hooks give turns too:
 * givePagesATurn). Schedules are read `limits.scheduleBatch` at a time; the pages refresh once
 * at the end, and every `limits.scheduleRefreshMs` of a long run, after which the runner waits
 * `limits.schedulePagesRenderMs` for them to render.
 */
export async function carryOutDueSchedules(
  payload: Payload,
  now = new Date(),
): Promise<Record<Ending['state'], number>> {
  const counts = { done: 0, held: 0, failed: 0 }
  // Each schedule is looked at once per run: one not due after all, or claimed by another
  // instance, is not read again with the next batch.
  const seen: Array<Schedule['id']> = []
  let unrefreshed = 0
  let refreshedAt = Date.now()
  try {
    for (;;) {
      const { docs } = await dueOrUnreadable(payload, now, seen)
      if (docs.length === 0) return counts
      for (const schedule of docs) {
        seen.push(schedule.id)
        // Readers' requests are answered between any two steps (see the function's comment).
        await nextTurn()
        const time = timeOf(schedule.at)
        if (time !== null && time > now.getTime()) continue
        const taken = await claim(payload, schedule, now)
        if (!taken) continue
        await nextTurn()
        unrefreshed += 1
        let ending: Ending
        try {
          ending =
            time === null
              ? { state: 'failed', outcome: scheduleOutcomes.unreadableTime }
              : await carryOut(payload, schedule)
        } catch (error) {
          ending = { state: 'failed', outcome: reason(error) }
        }
        await nextTurn()
        await end(payload, schedule, ending)
        // Ended: the schedule is no longer pending, which keeps any later claim from acting.
        await releaseClaim(payload, taken)
        counts[ending.state] += 1
      }
      if (unrefreshed > 0 && Date.now() - refreshedAt >= limits.scheduleRefreshMs) {
        await refreshPages(payload, unrefreshed)
        unrefreshed = 0
        // The pages render anew in the next second or so (here at readers' next requests, on
        // the other instances after their next look at the content stamp). Rendered while the
        // runner went on publishing, pages waited up to 1.9 s (bench:schedules); with the
        // pause, as long as after a publish by hand (0.25-0.4 s).
        await sleep(limits.schedulePagesRenderMs)
        refreshedAt = Date.now()
      }
      await nextTurn()
    }
  } finally {
    if (unrefreshed > 0) await refreshPages(payload, unrefreshed)
  }
}

const started = Symbol.for('rota.scheduleRunner')

/**
 * Runs in the serving app (`npm start`, the production container): looks for due schedules at
 * once, so one whose time passed while the app was down is carried out at start-up, and then
 * every `limits.scheduleCheckMs`. Once per process, whatever initialises Payload again. Returns
 * how to stop it (a test that starts it must, or it carries out other tests' schedules).
 */
export function startScheduleRunner(payload: Payload): () => void {
  const process = globalThis as { [started]?: boolean }
  if (process[started]) return () => {}
  process[started] = true
  let stopped = false
  let timer: NodeJS.Timeout | undefined
  const tick = async () => {
    try {
      const counts = await carryOutDueSchedules(payload)
      if (counts.done + counts.held + counts.failed > 0)
        payload.logger.info({ msg: 'schedules carried out', ...counts })
    } catch (error) {
      payload.logger.error({ msg: 'cannot read the schedules', err: reason(error) })
    }
    if (!stopped) timer = setTimeout(() => void tick(), limits.scheduleCheckMs).unref()
  }
  void tick()
  return () => {
    stopped = true
    clearTimeout(timer)
    process[started] = false
  }
}
