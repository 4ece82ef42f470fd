import type { Endpoint, PayloadRequest } from 'payload'

import { announceContentChange, readContentStamp } from '@/cms/instances/content-stamp'
import { revalidateSite } from '@/cms/hooks/revalidate'
import { signatureHeader, verifyRevalidation } from '@/shared/server/revalidate-signature'
import { isEditor } from '@/shared/roles'

/**
 * POST /api/revalidate marks the public pages stale.
 * - Without a body (the import CLI, or an editor): content changed outside the site; every
 *   instance is told through the content stamp.
 * - With `{ "since": "<stamp>" }` (this instance's own watcher, src/cli/content-watch.ts):
 *   refresh only when the shared stamp moved since, and answer the current one.
 * Only a signed request or a signed-in editor may call it; the watcher's form is signed only.
 */
/** The stamp a watcher last saw, or undefined for any other caller. */
async function watcherSince(req: PayloadRequest): Promise<string | undefined> {
  try {
    const since = (JSON.parse((await req.text?.()) || '{}') as { since?: unknown }).since
    return typeof since === 'string' ? since : undefined
  } catch {
    return undefined
  }
}

export const revalidateEndpoint: Endpoint = {
  path: '/revalidate',
  method: 'post',
  handler: async (req) => {
    const signed = verifyRevalidation(req.payload.secret, req.headers.get(signatureHeader))
    if (!signed && !isEditor(req.user)) {
      return Response.json({ message: 'Yetkisiz istek. / Unauthorized.' }, { status: 401 })
    }
    const since = signed ? await watcherSince(req) : undefined
    if (since !== undefined) {
      const stamp = await readContentStamp(req.payload)
      const revalidated = stamp !== since && revalidateSite(req.payload, 'another instance published')
      return Response.json({ stamp, revalidated })
    }
    await announceContentChange(req.payload, req)
    const revalidated = revalidateSite(req.payload, 'revalidation requested')
    return Response.json({ revalidated })
  },
}
