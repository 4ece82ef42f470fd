import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * Proof that a revalidation request comes from someone holding the site's PAYLOAD_SECRET
 * (the import CLI on the server), valid for five minutes so a captured header cannot be
 * replayed for long.
 */
export const signatureHeader = 'x-rota-signature'
const maxAgeMs = 5 * 60 * 1000

const mac = (secret: string, timestamp: string) =>
  createHmac('sha256', secret).update(`revalidate:${timestamp}`).digest('hex')

export function signRevalidation(secret: string, now = Date.now()): string {
  const timestamp = String(now)
  return `${timestamp}.${mac(secret, timestamp)}`
}

export function verifyRevalidation(secret: string, header: string | null, now = Date.now()): boolean {
  const [timestamp, given] = (header ?? '').split('.')
  if (!timestamp || !given || Math.abs(now - Number(timestamp)) > maxAgeMs) return false
  const expected = Buffer.from(mac(secret, timestamp), 'hex')
  const actual = Buffer.from(given, 'hex')
  return expected.length === actual.length && timingSafeEqual(expected, actual)
}
