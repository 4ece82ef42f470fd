import { draftMode } from 'next/headers'

import { payloadClient } from '@/site/payload-client'
import { safePreviewPath } from '@/site/preview-path'
import { isStaff } from '@/shared/roles'

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
    return new Response(signInPage(`/preview?path=${encodeURIComponent(path)}`), {
      status: 401,
      headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
    })
  }
  ;(await draftMode()).enable()
  return new Response(null, { status: 307, headers: { Location: path, 'Cache-Control': 'no-store' } })
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/** Refused, with the way in: the admin's sign-in brings the editor back to this preview. */
function signInPage(previewUrl: string): string {
  const login = escapeHtml(`/admin/login?redirect=${encodeURIComponent(previewUrl)}`)
  return `<!doctype html><html lang="tr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>Önizleme · ROTA</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5">
<h1>Önizleme için giriş yapın</h1>
<p>Taslakları yalnızca yönetim paneline giriş yapmış editörler ve çevirmenler görebilir. <a href="${login}">Yönetim paneline giriş yapın</a>; ardından önizlemeye geri dönersiniz.</p>
<p lang="en">Only editors and translators signed in to the admin can preview drafts. <a href="${login}">Sign in to the admin</a> and you will be brought back here.</p>
</body></html>`
}
