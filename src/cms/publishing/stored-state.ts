import type { CollectionSlug, PayloadRequest } from 'payload'

import { publishingStateKey, type PublishingState } from '@/shared/states/publishing-states'

const collection = 'publishing-states'

type Row = {
  document: string
  live?: boolean | null
  everPublished?: boolean | null
  pending?: unknown
  shared?: unknown
}

const codes = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : [])

/**
 * The stored states of some documents of one collection, one query. A document without a row
 * (written before the states were stored, and not yet met by the start-up's fill) is absent.
 * Read through the adapter: no hook or access rule of the states' own collection is needed
 * here, the caller decides who sees them.
 */
export async function storedStates(
  req: PayloadRequest,
  scope: CollectionSlug,
  ids: string[],
): Promise<Map<string, PublishingState>> {
  if (ids.length === 0) return new Map()
  const { docs } = await req.payload.db.find<Row>({
    collection,
    where: { and: [{ scope: { equals: scope } }, { document: { in: ids } }] },
    select: { document: true, live: true, everPublished: true, pending: true, shared: true },
    pagination: false,
    req,
  })
  return new Map(
    docs.map((row) => [
      row.document,
      {
        live: Boolean(row.live),
        everPublished: Boolean(row.everPublished),
        pending: codes(row.pending),
        shared: codes(row.shared),
      },
    ]),
  )
}

/** Writes one document's state, creating its row the first time. */
export async function storeState(req: PayloadRequest, scope: string, document: string, state: PublishingState) {
  const key = publishingStateKey(scope, document)
  const data = { key, scope, document, ...state, updatedAt: new Date().toISOString() }
  const write = () =>
    req.payload.db.upsert({ collection, data, where: { key: { equals: key } }, req, returning: false })
  // Two saves of one new document at once may both insert; the second then updates.
  await write().catch(write)
}

/** A deleted document's state goes with it. */
export async function removeState(req: PayloadRequest, scope: string, document: string) {
  await req.payload.db.deleteMany({ collection, where: { key: { equals: publishingStateKey(scope, document) } }, req })
}
