import { setImmediate as nextTurn } from 'node:timers/promises'

import type { Payload, PayloadRequest, Where } from 'payload'

import { afterCommit } from '@/cms/instances/after-commit'
import { emailConfigured } from '@/cms/mail/email'
import { enqueueMail } from '@/cms/mail/outbox'
import { notificationMail, type Told } from '@/cms/notifications/mail'
import { notificationText } from '@/cms/notifications/texts'
import { env } from '@/shared/server/environment'
import { defaultDelivery, deliveries, preferenceField, type Delivery } from '@/shared/states/notifications'

import type { User } from '@payload-types'

/** Who is told: a condition on the users (editors, the translators of a language, one person). */
export type NotificationEvent = Told & {
  to: Where
  /** Whoever caused it: not told about their own act. */
  actor?: string | number | null
}

/** At most this many people are told of one event (a list of editors, never the whole table). */
const maxRecipients = 200

export const deliveryOf = (user: User, kind: Told['kind']): Delivery => {
  const chosen = (user as unknown as Record<string, unknown>)[preferenceField(kind)]
  return (deliveries as readonly unknown[]).includes(chosen) ? (chosen as Delivery) : defaultDelivery[kind]
}

/**
 * Writes a notification row for each person `event.to` names (not its actor) and queues the
 * e-mail of those who want it at once. Rows for the daily digest wait for it (digest.ts).
 */
export async function notify(payload: Payload, event: NotificationEvent): Promise<number> {
  const { docs: people } = await payload.find({
    collection: 'users',
    where: event.to,
    limit: maxRecipients,
    depth: 0,
    overrideAccess: true,
  })
  const { to: _to, actor, ...told } = event
  let written = 0
  for (const person of people) {
    if (actor !== undefined && actor !== null && String(person.id) === String(actor)) continue
    // Readers get a turn between people: SQLite answers synchronously, so a hundred people's
    // rows written back to back held every page for seconds (bench:notifications).
    await nextTurn()
    const delivery = deliveryOf(person, told.kind)
    const row = await payload.create({
      collection: 'notifications',
      data: {
        recipient: person.id,
        kind: told.kind,
        summary: notificationText(told, 'tr').subject,
        collection: told.collection ?? null,
        document: told.document ?? null,
        documentTitle: told.documentTitle ?? null,
        locale: told.locale ?? null,
        note: told.note ?? null,
        details: told.details ?? null,
        read: false,
        delivery,
      },
      depth: 0,
      overrideAccess: true,
    })
    written++
    // Without a mail server the row is the notification: nothing piles up in the outbox.
    if (delivery !== 'immediately' || !emailConfigured()) continue
    await enqueueMail(payload, notificationMail(payload, person, [told]), env().EMAIL_FROM_ADDRESS)
    await payload.update({
      collection: 'notifications',
      id: row.id,
      data: { emailedAt: new Date().toISOString() },
      depth: 0,
      overrideAccess: true,
    })
  }
  return written
}

/**
 * Tells people of an event once the save that caused it has committed (a rolled-back save tells
 * nobody), outside its transaction, and never fails or undoes it: a failure is logged.
 */
export async function notifyAfterSave(req: PayloadRequest, event: NotificationEvent): Promise<void> {
  const payload = req.payload
  await afterCommit(req, async () => {
    try {
      await notify(payload, event)
    } catch (error) {
      payload.logger.error({ msg: 'cannot write a notification', kind: event.kind, err: String(error) })
    }
  })
}

/** As notifyAfterSave, for work outside a request (the schedule runner, the link check). */
export async function notifySafely(payload: Payload, event: NotificationEvent): Promise<void> {
  try {
    await notify(payload, event)
  } catch (error) {
    payload.logger.error({ msg: 'cannot write a notification', kind: event.kind, err: String(error) })
  }
}
