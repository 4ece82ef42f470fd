import type { Payload } from 'payload'

import { signatureHeader, signRevalidation } from '../src/lib/revalidate-signature'

/**
 * Tells the running site (SERVER_URL) that content changed, so readers see it within
 * seconds instead of a cached page. Returns a line for the human summary.
 */
export async function revalidateRunningSite(payload: Payload, serverUrl: string | undefined): Promise<string> {
  if (!serverUrl) return 'SERVER_URL tanımlı değil: çalışan site varsa sayfaları bir sonraki yayında yenilenir.'
  const url = new URL('/api/revalidate', serverUrl)
  try {
    const response = await fetch(url, { method: 'POST', headers: { [signatureHeader]: signRevalidation(payload.secret) } })
    if (!response.ok) return `Site yenilenemedi (${url}: HTTP ${response.status}); PAYLOAD_SECRET sitedekiyle aynı mı?`
    return `Site yenilendi (${serverUrl}): değişen sayfalar birkaç saniye içinde görünür.`
  } catch (error) {
    return `Siteye ulaşılamadı (${url}): ${(error as Error).message}`
  }
}
