import { randomUUID } from 'node:crypto'

import type { CollectionSlug, Payload } from 'payload'

import { documentOf, recordActivity } from '@/cms/activity/record'
import { draftFingerprint } from '@/cms/schedules/fingerprint'
import { runningSchedule, scheduledBy } from '@/cms/schedules/hooks'
import { activityRecordedByCaller, systemPerson } from '@/shared/activity'
import { limits } from '@/shared/limits'
import { scheduleOutcomes, type ScheduleState } from '@/shared/schedules'

import type { Schedule } from '@payload-types'

type Ending = { state: Exclude<ScheduleState, 'pending' | 'cancelled'>; outcome: string }

/**
 * Takes a due schedule for this runner. Several app instances run the runner against one
 * database: the claim is written only where none is (or a dead runner's is), then read back,
 * and only the runner whose claim is there carries the schedule out.
 */
async function claim(payload: Payload, schedule: Schedule, now: Date): Promise<boolean> {
  const claimedAt = Number(schedule.claim?.split(':')[0])
  if (schedule.claim && now.getTime() - claimedAt < limits.scheduleClaimMs) return false
  const token = `${now.getTime()}:${randomUUID()}`
  await payload.update({
    collection: 'schedules',
    where: {
      and: [
        { id: { equals: schedule.id } },
        { state: { equals: 'pending' } },
        schedule.claim ? { claim: { equals: schedule.claim } } : { claim: { exists: false } },
      ],
    },
    data: { claim: token },
    depth: 0,
    overrideAccess: true,
  })
  const taken = await payload.findByID({ collection: 'schedules', id: schedule.id, depth: 0, overrideAccess: true })
  return taken.claim === token
}

/**
 * Publishes exactly the scheduled text in the scheduled language, or takes the document off the
 * site, as the admin's buttons do: the same rules, the same page refresh (the content stamp
 * every instance watches), one activity entry in the name of who scheduled it.
 */
async function carryOut(payload: Payload, schedule: Schedule): Promise<Ending> {
  const collection = schedule.targetCollection as CollectionSlug
  const ref = { collection, id: schedule.document, locale: schedule.locale }
  const fingerprint = await draftFingerprint(payload, ref)
  if (fingerprint === null) return { state: 'failed', outcome: scheduleOutcomes.deleted }
  const context = { [runningSchedule]: true, [activityRecordedByCaller]: true, [scheduledBy]: schedule.requestedBy }
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

/**
 * Carries out every schedule whose time has come (those of the past too, at start-up), oldest
 * first. Each ends done, held (the draft changed since) or failed (with the reason); none is
 * dropped. Answers how many ended each way.
 */
export async function carryOutDueSchedules(
  payload: Payload,
  now = new Date(),
): Promise<Record<Ending['state'], number>> {
  const counts = { done: 0, held: 0, failed: 0 }
  const { docs } = await payload.find({
    collection: 'schedules',
    where: { and: [{ state: { equals: 'pending' } }, { at: { less_than_equal: now.toISOString() } }] },
    sort: 'at',
    limit: 100,
    depth: 0,
    overrideAccess: true,
  })
  for (const schedule of docs) {
    if (!(await claim(payload, schedule, now))) continue
    let ending: Ending
    try {
      ending = await carryOut(payload, schedule)
    } catch (error) {
      ending = { state: 'failed', outcome: reason(error) }
    }
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
    }
    await payload.update({
      collection: 'schedules',
      id: schedule.id,
      data: { state: ending.state, outcome: ending.outcome, carriedOutAt: new Date().toISOString() },
      depth: 0,
      overrideAccess: true,
    })
    counts[ending.state] += 1
  }
  return counts
}

const started = Symbol.for('rota.scheduleRunner')

/**
 * Runs in the serving app (`npm start`, the production container): looks for due schedules at
 * once, so one whose time passed while the app was down is carried out at start-up, and then
 * every `limits.scheduleCheckMs`. Once per process, whatever initialises Payload again.
 */
export function startScheduleRunner(payload: Payload): void {
  const process = globalThis as { [started]?: boolean }
  if (process[started]) return
  process[started] = true
  const tick = async () => {
    try {
      const counts = await carryOutDueSchedules(payload)
      if (counts.done + counts.held + counts.failed > 0)
        payload.logger.info({ msg: 'schedules carried out', ...counts })
    } catch (error) {
      payload.logger.error({ msg: 'cannot read the schedules', err: reason(error) })
    }
    setTimeout(() => void tick(), limits.scheduleCheckMs).unref()
  }
  void tick()
}
