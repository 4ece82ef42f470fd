import type { Payload } from 'payload'

export type MailTrouble = { waiting: number; failed: number; lastError: string | null }

/** How far back a message given up still shows on the dashboard. */
const failedShownForMs = 7 * 24 * 3_600_000

/**
 * Whether mail has been failing: messages the server refused or could not take at least once and
 * that still wait, and messages given up in the last week. Null when all is well.
 */
export async function mailTrouble(payload: Payload, now = new Date()): Promise<MailTrouble | null> {
  const since = new Date(now.getTime() - failedShownForMs).toISOString()
  const [waiting, failed] = await Promise.all([
    payload.find({
      collection: 'outbox',
      where: { and: [{ state: { equals: 'pending' } }, { attempts: { greater_than: 0 } }] },
      sort: '-updatedAt',
      limit: 1,
      depth: 0,
      overrideAccess: true,
    }),
    payload.find({
      collection: 'outbox',
      where: { and: [{ state: { equals: 'failed' } }, { updatedAt: { greater_than: since } }] },
      sort: '-updatedAt',
      limit: 1,
      depth: 0,
      overrideAccess: true,
    }),
  ])
  if (waiting.totalDocs + failed.totalDocs === 0) return null
  const latest = [...waiting.docs, ...failed.docs].sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt))[0]
  return { waiting: waiting.totalDocs, failed: failed.totalDocs, lastError: latest?.lastError ?? null }
}
