import { defaultLocale, localeCodes } from '@/shared/locales'
import { preferredLanguage } from '@/shared/requests/preferred-language'
import { routes } from '@/shared/routes'

/** `/` sends readers to their language's home page (Turkish unless the browser prefers another). */
export function GET(request: Request): Response {
  const locale = preferredLanguage(request.headers.get('accept-language'), localeCodes, defaultLocale)
  return new Response(null, {
    status: 307,
    headers: { Location: routes.home(locale), Vary: 'Accept-Language', 'Cache-Control': 'private, no-store' },
  })
}
