import { createHmac, timingSafeEqual } from 'node:crypto'

import { isNotificationKind, type NotificationKind } from '@/shared/states/notifications'

/**
 * The signed part of an unsubscribe link: whose, which kinds, and an HMAC over both made with
 * Payload's key (derived from PAYLOAD_SECRET, `payload.secret`) for this one purpose, so a link
 * proves itself without a session and no other signature of the app can stand in for it.
 * `<user id>.<kind>[,<kind>…].<mac>`; ids and kinds hold no dot.
 */
const mac = (secret: string, user: string, kinds: readonly string[]) =>
  createHmac('sha256', secret)
    .update(`rota-unsubscribe:${user}:${kinds.join(',')}`)
    .digest('base64url')

export function signUnsubscribe(secret: string, user: string | number, kinds: readonly NotificationKind[]): string {
  const id = String(user)
  return `${id}.${kinds.join(',')}.${mac(secret, id, kinds)}`
}

/** The person and kinds a token names, or null for anything not signed by this app (forged, altered, cut). */
export function verifyUnsubscribe(
  secret: string,
  token: string | null | undefined,
): { user: string; kinds: NotificationKind[] } | null {
  if (!token || token.length > 400) return null
  const parts = token.split('.')
  if (parts.length !== 3) return null
  const [user, list, given] = parts
  const kinds = list.split(',')
  if (!user || !kinds.every(isNotificationKind)) return null
  const expected = Buffer.from(mac(secret, user, kinds))
  const actual = Buffer.from(given)
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return null
  return { user, kinds: kinds as NotificationKind[] }
}
