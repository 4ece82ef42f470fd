import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

import type { Payload } from 'payload'

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

/** The next UTC midnight after `ms`: a used token's row keeps no time of day. */
const dayAfter = (ms: number) => Math.ceil(ms / 86_400_000) * 86_400_000

/**
 * Marks `token` used, once: answers false when it was used already. The mark is a row of
 * collections/Claims whose key (the token's hash) is unique, so of two submissions of one token
 * at once, through any instances, one wins (decision 005). It runs out after the token can no
 * longer be used, rounded to a day; rows run out are removed here.
 */
export async function useShareToken(payload: Payload, token: string, now: Date): Promise<boolean> {
  const key = shareTokenClaim(token)
  const expiresAt = new Date(dayAfter(now.getTime() + limits.insights.tokenMs + 86_400_000)).toISOString()
  try {
    // Its own dates are the day's start too: the row must not tell when someone contributed.
    const day = new Date(Math.floor(now.getTime() / 86_400_000) * 86_400_000).toISOString()
    const data = { key, holder: 'share-token', expiresAt, createdAt: day, updatedAt: day }
    await payload.db.create({ collection: 'claims', data })
  } catch (error) {
    if (await payload.db.findOne({ collection: 'claims', where: { key: { equals: key } } })) return false
    throw error
  }
  await payload.db.deleteMany({
    collection: 'claims',
    where: { and: [{ holder: { equals: 'share-token' } }, { expiresAt: { less_than: now.toISOString() } }] },
  })
  return true
}
