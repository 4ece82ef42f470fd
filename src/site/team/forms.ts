import { firstInvisibleCharacter, invisibleCharacterMessage } from '@/shared/text/invisible-characters'
import { limits } from '@/shared/limits'

/**
 * A team form's fields, read up to `limits.team.formBytes` (URL-encoded, as browsers send
 * forms). Larger is refused before it is parsed: 'too-large'.
 */
export async function readForm(request: Request): Promise<URLSearchParams | 'too-large'> {
  if (Number(request.headers.get('content-length') ?? 0) > limits.team.formBytes) return 'too-large'
  const reader = request.body?.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  while (reader) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limits.team.formBytes) {
      await reader.cancel()
      return 'too-large'
    }
    chunks.push(value)
  }
  const text = new TextDecoder().decode(Buffer.concat(chunks))
  return new URLSearchParams(text)
}

/**
 * A name as typed, on one line, at most `limits.team.nameChars` long (in UTF-16 units, as the
 * collection's maxLength and the browser's counts them; an emoji at the end is never cut in
 * half). Bidi controls and invisible characters are not removed here: the routes refuse them
 * with the CMS's message (nameProblem).
 */
export function cleanName(value: string | null): string {
  const name = (value ?? '')
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, limits.team.nameChars)
  return /[\ud800-\udbff]$/.test(name) ? name.slice(0, -1) : name
}

/**
 * What is wrong with a team's or a member's name (a bidi control, an invisible character:
 * src/shared/text/invisible-characters.ts), as the form shows it beside the field; null when nothing.
 */
export function nameProblem(name: string, field: string, locale: string): string | null {
  const found = firstInvisibleCharacter(name)
  return found ? invisibleCharacterMessage(field, found, locale === 'tr' ? 'tr' : 'en') : null
}

/** The cookie that tells a member's browser which answers are theirs, to change them later. */
export const memberCookie = (publicId: string) => `rota-team-${publicId}`

/** A short HTML answer for what a form route refuses (a closed link, too many, too large), in the reader's language. */
export function refusalPage(
  status: 403 | 410 | 413 | 429,
  title: string,
  text: string,
  back: string,
  lang: string,
): Response {
  const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
  return new Response(
    `<!doctype html><html lang="${escape(lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(title)}</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5">
<h1>${escape(title)}</h1><p>${escape(text)}</p><p><a href="${escape(back)}">←</a></p></body></html>`,
    { status, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' } },
  )
}

/** A 303 to `location` (after a form was handled), never cached. */
export const seeOther = (location: string, headers: Record<string, string> = {}) =>
  new Response(null, { status: 303, headers: { Location: location, 'Cache-Control': 'no-store', ...headers } })
