import { createLocalReq, type CollectionSlug, type Payload } from 'payload'

import { comparedStates } from '@/cms/publishing/publishing-state'
import { storeState } from '@/cms/publishing/stored-state'
import { defaultLocale } from '@/shared/locales'
import { showsPublishingState } from '@/shared/states/publishing-states'

/** Documents compared at once: a list page's worth, so a large collection is not read whole. */
const chunk = 100

/**
 * Stores the publishing state of every document that has none: content written before the
 * states were stored, or by a path that bypasses Payload's hooks and did not store one.
 * `npm start` runs this after the migrations (a data step inside a migration would read the
 * schema of today's code against the tables of that migration's day); when every document has
 * its state, it costs two id lists per collection. Returns how many it stored.
 */
export async function recordMissingPublishingStates(payload: Payload): Promise<number> {
  const req = await createLocalReq({}, payload)
  let recorded = 0
  for (const config of payload.config.collections) {
    if (!showsPublishingState(config.fields)) continue
    const slug = config.slug as CollectionSlug
    const [documents, stored] = await Promise.all([
      payload.db.find<{ id: string }>({
        collection: slug,
        pagination: false,
        select: { id: true },
        locale: defaultLocale,
        req,
      }),
      payload.db.find<{ document: string }>({
        collection: 'publishing-states',
        where: { scope: { equals: slug } },
        pagination: false,
        select: { document: true },
        req,
      }),
    ])
    const known = new Set(stored.docs.map((row) => row.document))
    const missing = documents.docs.map((doc) => String(doc.id)).filter((id) => !known.has(id))
    for (let start = 0; start < missing.length; start += chunk) {
      const states = await comparedStates(req, slug, missing.slice(start, start + chunk))
      for (const [id, state] of states) await storeState(req, slug, id, state)
      recorded += states.size
    }
  }
  return recorded
}
