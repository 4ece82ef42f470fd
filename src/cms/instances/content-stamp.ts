import { randomUUID } from 'node:crypto'
import { setTimeout as sleep } from 'node:timers/promises'

import type { Payload, PayloadRequest } from 'payload'

import { afterCommit } from '@/cms/instances/after-commit'

const slug = 'content-stamp' as const

/**
 * A write that lost to another at the same moment and may simply be tried again: MongoDB's
 * WriteConflict (code 112) and anything it labels TransientTransactionError, SQLite's BUSY.
 * Payload may wrap the driver's error, so the causes are looked at too.
 */
export function isWriteConflict(error: unknown): boolean {
  for (let e = error as Record<string, unknown> | undefined, depth = 0; e && depth < 5; e = e.cause as never, depth++) {
    const labels = e.errorLabels as unknown
    if (e.code === 112 || e.codeName === 'WriteConflict') return true
    if (Array.isArray(labels) && labels.includes('TransientTransactionError')) return true
    if (labels instanceof Set && labels.has('TransientTransactionError')) return true
    if (/SQLITE_BUSY|database is locked|WriteConflict/.test(String(e.code ?? '') + String(e.message ?? ''))) return true
  }
  return false
}

const tries = 5

async function writeStamp(payload: Payload): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await payload.updateGlobal({
        slug,
        data: { stamp: `${Date.now()}-${randomUUID()}` },
        overrideAccess: true,
        context: { disableRevalidate: true },
      })
      return
    } catch (error) {
      // A conflict means another write of the stamp overlapped this one, which began after this
      // change committed: the stamp moves past the change either way. Tried again all the same.
      if (attempt >= tries || !isWriteConflict(error)) throw error
      await sleep(10 * attempt + Math.random() * 20)
    }
  }
}

/**
 * Records that readers' content changed, for the other instances of the app. Written after the
 * change's transaction commits (src/cms/instances/after-commit.ts), in a short write of its own: inside
 * the change's transaction, every publish wrote this one document, and on a MongoDB replica set
 * two overlapping publishes conflicted (WriteConflict) and the second editor got an error. After
 * the commit, an instance that sees the new stamp also sees the new content.
 */
export async function announceContentChange(payload: Payload, req?: PayloadRequest): Promise<void> {
  await afterCommit(req, () => writeStamp(payload))
}

export async function readContentStamp(payload: Payload): Promise<string> {
  const { stamp } = await payload.findGlobal({ slug, overrideAccess: true, depth: 0 })
  return stamp ?? ''
}
