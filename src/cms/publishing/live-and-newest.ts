import type { CollectionSlug, GlobalSlug, PayloadRequest } from 'payload'

export type DocumentRef = { collection: CollectionSlug; id: number | string } | { global: GlobalSlug }

type Values = Record<string, unknown>

/**
 * A versioned document in every language, twice: as readers see it (the main table) and as
 * its newest version (a pending draft, if there is one). Read below Payload's operations, so
 * no hook or access rule runs and a hook may call it inside its own write.
 */
export async function liveAndNewest(
  req: PayloadRequest,
  ref: DocumentRef,
): Promise<{ live: Values | null; newest: Values | null }> {
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
