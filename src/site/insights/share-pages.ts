import { assessmentText } from '@/site/assessment-text'
import { limits } from '@/shared/limits'
import { minGroup } from '@/shared/insights/contributions'
import type { Locale } from '@/shared/locales'
import { routes } from '@/shared/routes'

/**
 * Where the share form sends the reader back: the report or the team's results it came from,
 * and nowhere else (never another site: `back` is the reader's to write).
 */
export function returnAddress(locale: Locale, back: string | null): { path: string } {
  const path = (back ?? '').slice(0, limits.queryStringChars)
  const allowed = new RegExp(`^/${locale}/assessment/(report|team/[A-Za-z0-9_-]{1,64}/results)(\\?[^#\\\\\\s]*)?$`)
  return { path: allowed.test(path) && !path.startsWith('//') ? path : routes.assessmentReport(locale) }
}

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/**
 * The page that asks once more, with a token of the reader's own: the form as sent (answers,
 * profile, `back`), the privacy text and the button. A POST's answer: never kept for others.
 */
export function confirmPage(locale: Locale, form: URLSearchParams, token: string, back: string): Response {
  const t = assessmentText(locale).insights
  const fields = [...form]
    .filter(([name]) => name !== 'token')
    .slice(0, 1_000)
    .map(([name, value]) => `<input type="hidden" name="${escape(name)}" value="${escape(value)}">`)
    .join('')
  return new Response(
    `<!doctype html><html lang="${escape(locale)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(t.confirmTitle)}</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5">
<main><h1>${escape(t.confirmTitle)}</h1><p>${escape(t.confirmText)}</p>
<form method="post" action="${escape(routes.assessmentShare(locale))}">${fields}<input type="hidden" name="token" value="${escape(token)}">
<p>${escape(t.privacy(minGroup(), limits.insights.contributionsPerDay))}</p>
<p><button type="submit">${escape(t.button)}</button></p></form>
<p><a href="${escape(back)}">${escape(t.back)}</a></p></main></body></html>`,
    { status: 200, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' } },
  )
}
