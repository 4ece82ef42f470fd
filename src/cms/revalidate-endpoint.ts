import type { Endpoint } from 'payload'

import { revalidateSite } from '@/cms/hooks/revalidate'
import { signatureHeader, verifyRevalidation } from '@/shared/revalidate-signature'
import { isEditor } from '@/shared/roles'

/**
 * POST /api/revalidate: marks the public pages stale after content changed outside the
 * site (the import CLI). Only a signed request or a signed-in editor may call it.
 */
export const revalidateEndpoint: Endpoint = {
  path: '/revalidate',
  method: 'post',
  handler: async (req) => {
    const signed = verifyRevalidation(req.payload.secret, req.headers.get(signatureHeader))
    if (!signed && !isEditor(req.user)) {
      return Response.json({ message: 'Yetkisiz istek. / Unauthorized.' }, { status: 401 })
    }
    const revalidated = revalidateSite(req.payload, 'revalidation requested')
    return Response.json({ revalidated })
  },
}
