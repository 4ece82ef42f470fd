import { randomUUID } from 'node:crypto'

import type { Payload, PayloadRequest } from 'payload'

const slug = 'content-stamp' as const

/**
 * Records that readers' content changed, for the other instances of the app. Written with the
 * change's own request, so on MongoDB it commits in the same transaction: an instance that sees
 * the new stamp also sees the new content.
 */
export async function announceContentChange(payload: Payload, req?: PayloadRequest): Promise<void> {
  await payload.updateGlobal({
    slug,
    data: { stamp: `${Date.now()}-${randomUUID()}` },
    overrideAccess: true,
    req,
    context: { disableRevalidate: true },
  })
}

export async function readContentStamp(payload: Payload): Promise<string> {
  const { stamp } = await payload.findGlobal({ slug, overrideAccess: true, depth: 0 })
  return stamp ?? ''
}
