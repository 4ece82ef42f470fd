import type { Payload } from 'payload'

import { releaseClaim, takeClaim } from '@/cms/instances/claims'
import { enqueueMail, mailQueued } from '@/cms/mail/outbox'
import { notificationMail } from '@/cms/notifications/mail'
import { env } from '@/shared/server/environment'
import { scheduleTimeZone } from '@/shared/states/schedules'

import type { Notification, User } from '@payload-types'

/** How often the serving app looks whether a digest is due. */
const lookEveryMs = 60_000
/** Notifications in one digest e-mail at most (the rest wait for the next one). */
const perDigest = 100
/** People whose digest one look sends at most; the next look (a minute on) goes on. */
const peoplePerLook = 200

/** Istanbul's offset from UTC at `at`, in minutes ("GMT+03:00" → 180). */
function istanbulOffsetMinutes(at: Date): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: scheduleTimeZone, timeZoneName: 'longOffset' })
    .formatToParts(at)
    .find((part) => part.type === 'timeZoneName')?.value
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '')
  return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0
}

/**
 * The latest digest time at or before `now`: today's (or else yesterday's) NOTIFY_DIGEST_HOUR
 * o'clock, Istanbul time. A digest holds what happened before it; what happens after waits for
 * the next day's.
 */
export function lastDigestTime(now: Date, hour = env().NOTIFY_DIGEST_HOUR): Date {
  const offset = istanbulOffsetMinutes(now)
  const local = new Date(now.getTime() + offset * 60_000)
  const at = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate(), hour) - offset * 60_000
  return new Date(at <= now.getTime() ? at : at - 86_400_000)
}

const waiting = (payload: Payload, before: Date, recipient?: string | number) =>
  payload.find({
    collection: 'notifications',
    where: {
      and: [
        { delivery: { equals: 'daily' } },
        { emailedAt: { exists: false } },
        { createdAt: { less_than: before.toISOString() } },
        ...(recipient !== undefined ? [{ recipient: { equals: recipient } }] : []),
      ],
    },
    sort: 'createdAt',
    limit: recipient !== undefined ? perDigest : peoplePerLook * 5,
    depth: 0,
    overrideAccess: true,
  })

/**
 * Sends the digests due at `now`: one e-mail per person with every notification of theirs for
 * the daily digest made before the last digest time, and marks them sent. Each person's digest
 * is claimed first (several instances may look at once), so nobody gets two. Answers how many
 * digests it queued.
 */
export async function sendDueDigests(payload: Payload, now = new Date()): Promise<number> {
  const before = lastDigestTime(now)
  const { docs } = await waiting(payload, before)
  const people = [...new Set(docs.map((n) => String(n.recipient)))].slice(0, peoplePerLook)
  let sent = 0
  for (const person of people) {
    const claim = await takeClaim(payload, `digest:${person}:${before.toISOString()}`, 60_000, now)
    if (!claim) continue
    try {
      const mine = (await waiting(payload, before, person)).docs
      const user = (await payload.findByID({
        collection: 'users',
        id: person,
        depth: 0,
        overrideAccess: true,
        disableErrors: true,
      })) as User | null
      if (mine.length === 0) continue
      // The digest's own Message-ID: a look that died after queueing it and before marking its
      // notifications finds it queued and only marks them (SQLite, as the server runs it, has no
      // transaction to hold the two together).
      const messageId = `digest-${person}-${before.getTime()}`
      if (user && !(await mailQueued(payload, messageId, env().EMAIL_FROM_ADDRESS))) {
        await enqueueMail(payload, notificationMail(payload, user, mine.map(toldOf)), env().EMAIL_FROM_ADDRESS, {
          messageId,
        })
        sent++
      }
      await payload.update({
        collection: 'notifications',
        where: { id: { in: mine.map((n) => n.id) } },
        data: { emailedAt: now.toISOString() },
        depth: 0,
        overrideAccess: true,
      })
    } finally {
      await releaseClaim(payload, claim)
    }
  }
  return sent
}

const toldOf = (n: Notification) => ({
  kind: n.kind,
  collection: n.collection,
  document: n.document,
  documentTitle: n.documentTitle,
  locale: n.locale,
  note: n.note,
  details: (n.details as Record<string, unknown> | null) ?? null,
})

const started = Symbol.for('rota.digestSender')

/** Runs in the serving app (with the mail sender): looks every minute whether digests are due. */
export function startDigestSender(payload: Payload): void {
  const process = globalThis as { [started]?: boolean }
  if (process[started]) return
  process[started] = true
  const tick = async () => {
    try {
      const sent = await sendDueDigests(payload)
      if (sent > 0) payload.logger.info({ msg: 'notification digests queued', sent })
    } catch (error) {
      payload.logger.error({ msg: 'cannot send the notification digests', err: String(error) })
    }
    setTimeout(() => void tick(), lookEveryMs).unref()
  }
  void tick()
}
