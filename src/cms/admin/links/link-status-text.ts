import type { LinkStatus } from '@/cms/link-check/check-url'

const texts = {
  tr: {
    ok: 'Çalışıyor',
    redirected: 'Yönlendiriyor',
    broken: 'Kırık',
    unreachable: 'Ulaşılamadı',
    never: 'Henüz denetlenmedi',
    checked: 'Son denetim',
    to: 'Gittiği adres',
  },
  en: {
    ok: 'Works',
    redirected: 'Redirects',
    broken: 'Broken',
    unreachable: 'Unreachable',
    never: 'Not checked yet',
    checked: 'Last checked',
    to: 'Goes to',
  },
}

export const linkStatusTexts = (language: string) => (language === 'en' ? texts.en : texts.tr)

/** "Kırık (HTTP 404)", "Yönlendiriyor → example.org", "Henüz denetlenmedi". */
export function linkStatusLabel(status: LinkStatus | null | undefined, language: string): string {
  const t = linkStatusTexts(language)
  if (!status) return t.never
  const code = status.httpStatus && status.state !== 'ok' ? ` (HTTP ${status.httpStatus})` : ''
  if (status.state === 'redirected' && status.redirectsTo) {
    let host = status.redirectsTo
    try {
      host = new URL(status.redirectsTo).host
    } catch {
      // shown as stored
    }
    return `${t.redirected} → ${host}`
  }
  return `${t[status.state]}${status.state === 'broken' ? code : ''}`
}
