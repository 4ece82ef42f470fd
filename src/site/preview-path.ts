import { isLocale } from '@/shared/locales'

/**
 * Only paths of this site's public pages may be previewed (no open redirect), and only paths
 * that can stand in a Location header: a CR/LF or other control character would have split
 * the header (a 500 for the editor, header injection at worst).
 */
export function safePreviewPath(raw: string | null): string | null {
  if (!raw || raw.length > 2_000 || !raw.startsWith('/') || raw.startsWith('//') || raw.includes('\\')) return null
  if (/[\u0000-\u0020\u007f-\u009f]/.test(raw)) return null
  const first = raw.split(/[/?#]/)[1]
  return isLocale(first) ? raw : null
}
