import type { CollectionSlug, PayloadRequest } from 'payload'

import { isLocaleMap, type Values } from '@/cms/hooks/pending-drafts'
import type { LiveAndNewest } from '@/cms/publishing/live-and-newest'
import { storedStates } from '@/cms/publishing/stored-state'
import { notContent, notInVersions } from '@/cms/publishing/versions'
import type { PublishingState } from '@/shared/states/publishing-states'

/** Nothing written: absent, null or empty (a draft never published carries `en: null`). */
const written = (value: unknown) => value !== undefined && value !== null && value !== ''

/**
 * Compares the live row with the newest version field by field: a localized field (a map of
 * languages) language by language, any other field as a whole. Only fields both sides have
 * count (the live row also carries join fields, which versions do not), bookkeeping does not.
 * Each value is serialised once per side: a list page compares a hundred rich texts this way.
 */
function differences(live: Values, newest: Values, derived: Set<string>): { pending: string[]; shared: string[] } {
  const pending = new Set<string>()
  const shared: string[] = []
  for (const key of Object.keys(live)) {
    if (!(key in newest) || notContent.includes(key) || derived.has(key)) continue
    const [a, b] = [live[key], newest[key]]
    const localized = (v: unknown) => Boolean(v && typeof v === 'object' && !Array.isArray(v) && isLocaleMap(v))
    if (localized(a) || localized(b)) {
      const [la, lb] = [(a ?? {}) as Values, (b ?? {}) as Values]
      for (const code of new Set([...Object.keys(la), ...Object.keys(lb)])) {
        const [va, vb] = [la[code], lb[code]]
        if (!written(va) && !written(vb)) continue
        if (JSON.stringify(va) !== JSON.stringify(vb)) pending.add(code)
      }
    } else if (JSON.stringify(a) !== JSON.stringify(b)) {
      shared.push(key)
    }
  }
  return { pending: [...pending].sort(), shared }
}

function stateOf(live: Values | undefined, newest: Values | undefined, everPublished: boolean, derived: Set<string>) {
  const isLive = live?._status === 'published'
  const state: PublishingState = { live: isLive, everPublished: isLive || everPublished, pending: [], shared: [] }
  if (!live || !isLive || !newest || newest._status !== 'draft') return state
  return { ...state, ...differences(live, newest, derived) }
}

/**
 * The states of some documents of one collection, found by comparing: the live rows, their
 * newest versions and which of the others were ever published, in every language (three
 * queries). What every write stores (src/cms/publishing/stored-state.ts), and what a list reads
 * for a document with no stored state yet.
 */
export async function comparedStates(
  req: PayloadRequest,
  collection: CollectionSlug,
  ids: string[],
  /** Every document's live row and newest version, when the caller has read them (`liveAndNewest`). */
  read?: ReadonlyMap<string, LiveAndNewest>,
) {
  const db = req.payload.db
  const liveById = new Map<string, Values>()
  const newestById = new Map<string, Values>()
  if (read && ids.every((id) => read.has(id))) {
    for (const [id, { live, newest }] of read) {
      if (live) liveById.set(id, live)
      if (newest) newestById.set(id, newest)
    }
  } else {
    const [live, newest] = await Promise.all([
      db.find<Values & { id: string }>({
        collection,
        where: { id: { in: ids } },
        locale: 'all',
        pagination: false,
        req,
      }),
      db.findVersions({
        collection,
        where: { and: [{ parent: { in: ids } }, { latest: { equals: true } }] },
        locale: 'all',
        pagination: false,
        // Any order serves; without one the adapter tries the collection's own sort (question
        // and choice numbers), which the versions table lacks, and builds an error to drop.
        sort: '-updatedAt',
        req,
      }),
    ])
    for (const doc of live.docs) liveById.set(String(doc.id), doc as Values)
    for (const v of newest.docs) newestById.set(String(v.parent), v.version as Values)
  }
  const offline = ids.filter((id) => liveById.get(id)?._status !== 'published')
  const wasLive = offline.length
    ? await db.findVersions({
        collection,
        where: { and: [{ parent: { in: offline } }, { 'version._status': { equals: 'published' } }] },
        pagination: false,
        sort: '-updatedAt',
        req,
      })
    : { docs: [] }
  const everPublished = new Set(wasLive.docs.map((v) => String(v.parent)))
  const derived = notInVersions(req.payload.collections[collection].config)
  return new Map(
    ids.map((id) => [id, stateOf(liveById.get(id), newestById.get(id), everPublished.has(id), derived)] as const),
  )
}

type Batch = { ids: string[]; reading: Promise<Map<string, PublishingState>> }

/**
 * The states of the documents a request reads, read together: a list page reads its rows'
 * fields within one turn of the event loop, so its rows cost one query on the stored states
 * (and the comparison only for documents that have none yet), not one each.
 */
export function publishingStateOf(
  req: PayloadRequest,
  collection: CollectionSlug,
  id: string,
): Promise<PublishingState> {
  const key = `publishingState:${collection}`
  let batch = req.context[key] as Batch | undefined
  if (!batch) {
    const ids: string[] = []
    const reading = new Promise<void>((resolve) => setImmediate(resolve)).then(async () => {
      // Asked for later (another read in the same request): a batch of its own.
      delete req.context[key]
      const stored = await storedStates(req, collection, ids)
      const unknown = ids.filter((id) => !stored.has(id))
      if (unknown.length)
        for (const [id, state] of await comparedStates(req, collection, unknown)) stored.set(id, state)
      return stored
    })
    batch = { ids, reading }
    req.context[key] = batch
  }
  batch.ids.push(id)
  return batch.reading.then((states) => states.get(id) as PublishingState)
}
