import type { CollectionSlug, GlobalSlug, PayloadRequest } from 'payload'

export type DocumentRef = { collection: CollectionSlug; id: number | string } | { global: GlobalSlug }

type Values = Record<string, unknown>

export type LiveAndNewest = { live: Values | null; newest: Values | null }

/**
 * A versioned document in every language, twice: as readers see it (the main table) and as
 * its newest version (a pending draft, if there is one). Read below Payload's operations, so
 * no hook or access rule runs and a hook may call it inside its own write.
 */
export async function liveAndNewest(req: PayloadRequest, ref: DocumentRef): Promise<LiveAndNewest> {
  const [live, newest] = await ('global' in ref
    ? Promise.all([
        req.payload.db.findGlobal<Values>({ slug: ref.global, req, locale: 'all' }),
        req.payload.db.findGlobalVersions({
          global: ref.global,
          req,
          locale: 'all',
          limit: 1,
          pagination: false,
          sort: '-updatedAt',
        }),
      ])
    : Promise.all([
        req.payload.db.findOne<Values & { id: string }>({
          collection: ref.collection,
          req,
          locale: 'all',
          where: { id: { equals: ref.id } },
          // A join field's list of related documents is no part of either comparison (versions
          // do not hold it), and reading it was a subquery per join.
          joins: false as never,
        }),
        req.payload.db.findVersions({
          collection: ref.collection,
          req,
          locale: 'all',
          limit: 1,
          pagination: false,
          sort: '-updatedAt',
          where: { parent: { equals: ref.id } },
        }),
      ]))
  return { live: live ?? null, newest: (newest.docs[0]?.version as Values | undefined) ?? null }
}

const readBySave = new WeakMap<object, Map<string, Promise<LiveAndNewest>>>()

/**
 * `liveAndNewest` as one save left the document, read once for all of that save's afterChange
 * hooks: the translation states and the publishing state both compare the live row with the
 * newest version, and reading an advice with every language's body twice was a sixth of a
 * save (bench:xliff). `save` is the `data` object Payload hands each afterChange hook of one
 * save (the same object for all of them, a new one for the next save), so a later save of the
 * same document, even in the same request, reads afresh. The hooks between them write only
 * rows of other collections.
 */
export function liveAndNewestAfterSave(
  save: object | undefined,
  req: PayloadRequest,
  ref: DocumentRef,
): Promise<LiveAndNewest> {
  if (!save) return liveAndNewest(req, ref)
  const key = 'global' in ref ? `global/${ref.global}` : `${ref.collection}/${ref.id}`
  const reads = readBySave.get(save) ?? new Map<string, Promise<LiveAndNewest>>()
  readBySave.set(save, reads)
  let read = reads.get(key)
  if (!read) {
    read = liveAndNewest(req, ref)
    reads.set(key, read)
  }
  return read
}
