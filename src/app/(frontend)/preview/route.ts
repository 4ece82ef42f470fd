import { draftMode } from 'next/headers'

import { payloadClient } from '@/lib/payload'
import { safePreviewPath } from '@/lib/preview-path'
import { isStaff } from '@/lib/roles'

/**
 * `/preview?path=/tr/questions/16/2`: a signed-in CMS user (their admin session cookie)
 * sees the page with the newest drafts. Readers without a CMS session are refused.
 */
export async function GET(request: Request): Promise<Response> {
  const path = safePreviewPath(new URL(request.url).searchParams.get('path'))
  if (!path) return new Response('Geçersiz önizleme adresi. / Invalid preview path.', { status: 400 })
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: request.headers })
  if (!isStaff(user as never)) {
    return new Response('Önizleme için yönetim paneline giriş yapın. / Sign in to the admin to preview.', {
      status: 401,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    })
  }
  ;(await draftMode()).enable()
  return new Response(null, { status: 307, headers: { Location: path, 'Cache-Control': 'no-store' } })
}
