import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

import { limits } from '@/shared/limits'

/**
 * The share form's token (docs/decisions/011-anonymous-contributions.md): the time it was made,
 * a random part and a signature with the site's secret. It proves the form came from this site
 * and is recent; that it is used once is decided by the database (a claim on its hash,
 * src/site/insights/share.ts). It carries nothing about the page or the reader.
 */
const mac = (secret: string, body: string) => createHmac('sha256', secret).update(`share:${body}`).digest('hex')

export function makeShareToken(secret: string, now = Date.now()): string {
  const body = `${now}.${randomBytes(16).toString('hex')}`
  return `${body}.${mac(secret, body)}`
}

/** Whether `token` was made here, no longer than `limits.insights.tokenMs` ago. */
export function shareTokenIsGood(secret: string, token: string | null | undefined, now = Date.now()): boolean {
  const match = /^(\d{13})\.([0-9a-f]{32})\.([0-9a-f]{64})$/.exec(token ?? '')
  if (!match) return false
  const age = now - Number(match[1])
  if (age < -60_000 || age > limits.insights.tokenMs) return false
  const expected = Buffer.from(mac(secret, `${match[1]}.${match[2]}`), 'hex')
  return timingSafeEqual(expected, Buffer.from(match[3], 'hex'))
}

/** The key of a token's "used" claim: its hash, so the claims table does not hold a usable token. */
export const shareTokenClaim = (token: string) => `share-token:${createHash('sha256').update(token).digest('hex')}`
