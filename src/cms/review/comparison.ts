import type { CollectionSlug, Endpoint, GlobalSlug, PayloadRequest, Where } from 'payload'

import { noStore, refuse } from '@/cms/endpoints/endpoint-answers'
import { messages } from '@/cms/messages'
import { isLocale } from '@/shared/locales'
import { isStaff } from '@/shared/roles'

type Target = { collection: CollectionSlug; id: string } | { global: GlobalSlug }

/** The newest version and the newest published one of a document (ids), read below access rules. */
async function versionsOf(req: PayloadRequest, target: Target): Promise<{ newest?: string; published?: string }> {
  const db = req.payload.db
  const find = (where?: Where) =>
    'global' in target
      ? db.findGlobalVersions({ global: target.global, where, sort: '-updatedAt', limit: 1, pagination: false, req })
      : db.findVersions({
          collection: target.collection,
          where: { and: [{ parent: { equals: target.id } }, ...(where ? [where] : [])] },
          sort: '-updatedAt',
          limit: 1,
          pagination: false,
          req,
        })
  const [newest, published] = await Promise.all([find(), find({ 'version._status': { equals: 'published' } })])
  return { newest: newest.docs[0]?.id as string | undefined, published: published.docs[0]?.id as string | undefined }
}

/**
 * Where "Yayımdaki metinle karşılaştır" leads: Payload's comparison of the version readers see
 * (the newest published one) with the newest version, the draft under review, in that language
 * only. Without a published version (never published) or with nothing newer, the versions list.
 */
export async function comparisonAddress(req: PayloadRequest, target: Target, locale: string): Promise<string> {
  const admin = req.payload.config.routes.admin
  const base =
    'global' in target
      ? `${admin}/globals/${target.global}/versions`
      : `${admin}/collections/${target.collection}/${encodeURIComponent(target.id)}/versions`
  const { newest, published } = await versionsOf(req, target)
  if (!newest || !published || newest === published) return `${base}?locale=${encodeURIComponent(locale)}`
  const query = new URLSearchParams({ versionFrom: published, localeCodes: JSON.stringify([locale]), locale })
  return `${base}/${encodeURIComponent(newest)}?${query}`
}

/**
 * GET /api/published-comparison/{collection}/{id}?locale=en (staff; a global as
 * /api/published-comparison/{global}/{global}): sends the browser on to the comparison of the
 * published text with the newest draft in that language, read at the moment of the click (an
 * autosave since the dashboard was drawn is included).
 */
export const publishedComparisonEndpoint: Endpoint = {
  path: '/published-comparison/:scope/:document',
  method: 'get',
  handler: async (req) => {
    if (!isStaff(req.user)) return refuse(req, messages.documentStateStaffOnly, 403)
    const { scope, document } = (req.routeParams ?? {}) as { scope?: string; document?: string }
    const locale = new URL(req.url ?? 'http://x').searchParams.get('locale') ?? ''
    const collection = scope ? req.payload.collections[scope as CollectionSlug]?.config : undefined
    const global = req.payload.config.globals.find((g) => g.slug === scope && document === scope)
    const versioned = Boolean((collection ?? global)?.versions)
    if (!scope || !document || !versioned || !isLocale(locale)) return refuse(req, messages.documentStateUnknown, 404)
    const target: Target = global
      ? { global: global.slug as GlobalSlug }
      : { collection: scope as CollectionSlug, id: document }
    if ('collection' in target) {
      const found = await req.payload.db.findOne({
        collection: target.collection,
        where: { id: { equals: document } },
        req,
      })
      if (!found) return refuse(req, messages.documentStateUnknown, 404)
    }
    return new Response(null, {
      status: 302,
      headers: { ...noStore, Location: await comparisonAddress(req, target, locale) },
    })
  },
}
