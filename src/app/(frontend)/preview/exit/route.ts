import { draftMode } from 'next/headers'

import { safePreviewPath } from '@/site/preview-path'

/** Leaves the preview and returns to the published page. */
export async function GET(request: Request): Promise<Response> {
  ;(await draftMode()).disable()
  const path = safePreviewPath(new URL(request.url).searchParams.get('path')) ?? '/'
  return new Response(null, { status: 307, headers: { Location: path, 'Cache-Control': 'no-store' } })
}
