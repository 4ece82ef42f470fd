import { isLocale } from './locales'

/** Only paths of this site's public pages may be previewed (no open redirect). */
export function safePreviewPath(raw: string | null): string | null {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.includes('\\')) return null
  const first = raw.split(/[/?#]/)[1]
  return isLocale(first) ? raw : null
}
