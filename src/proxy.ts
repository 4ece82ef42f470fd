import { NextResponse, type NextRequest } from 'next/server'

import { languageCookie } from '@/shared/payload-internals'

/**
 * The admin speaks Turkish until a user picks another language in their account (Payload
 * keeps that choice in this cookie). Without it Payload would follow the browser's
 * language, and STGM's editors on English-language browsers would get an English admin.
 */
function turkishAdmin(request: NextRequest) {
  if (request.cookies.has(languageCookie)) return NextResponse.next()
  const headers = new Headers(request.headers)
  headers.set('cookie', [request.headers.get('cookie'), `${languageCookie}=tr`].filter(Boolean).join('; '))
  const response = NextResponse.next({ request: { headers } })
  response.cookies.set(languageCookie, 'tr', { path: '/', maxAge: 60 * 60 * 24 * 365, sameSite: 'lax' })
  return response
}

/**
 * A member's answers are posted to the members' link itself (`POST /tr/assessment/team/{id}`,
 * the page's own address, as a plain form does); Next.js cannot have a page and a POST
 * handler at one address, so the POST is handed to the handler beside the page.
 */
function teamAnswers(request: NextRequest) {
  if (request.method !== 'POST') return NextResponse.next()
  const url = request.nextUrl.clone()
  url.pathname = `${url.pathname.replace(/\/$/, '')}/answers`
  return NextResponse.rewrite(url)
}

export function proxy(request: NextRequest) {
  return request.nextUrl.pathname.startsWith('/admin') ? turkishAdmin(request) : teamAnswers(request)
}

export const config = { matcher: ['/admin', '/admin/:path*', '/:locale/assessment/team/:teamId'] }
