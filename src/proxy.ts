import { NextResponse, type NextRequest } from 'next/server'

const languageCookie = 'payload-lng'

/**
 * The admin speaks Turkish until a user picks another language in their account (Payload
 * keeps that choice in this cookie). Without it Payload would follow the browser's
 * language, and STGM's editors on English-language browsers would get an English admin.
 */
export function proxy(request: NextRequest) {
  if (request.cookies.has(languageCookie)) return NextResponse.next()
  const headers = new Headers(request.headers)
  headers.set('cookie', [request.headers.get('cookie'), `${languageCookie}=tr`].filter(Boolean).join('; '))
  const response = NextResponse.next({ request: { headers } })
  response.cookies.set(languageCookie, 'tr', { path: '/', maxAge: 60 * 60 * 24 * 365, sameSite: 'lax' })
  return response
}

export const config = { matcher: ['/admin', '/admin/:path*'] }
