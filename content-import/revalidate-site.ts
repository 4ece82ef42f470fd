import type { Payload } from 'payload'

import { env } from '@/shared/server/environment'
import { signatureHeader, signRevalidation } from '@/shared/server/revalidate-signature'

/**
 * Tells the running site that content changed, so readers see it within seconds instead
 * of a cached page: SERVER_URL, or the local site where `npm start` serves it (else PORT,
 * 3000). A site that is not running needs nothing: it renders from the database when it
 * starts. Returns a line for the summary.
 */
export async function revalidateRunningSite(
  payload: Payload,
  serverUrl: string | undefined,
  localSite: string | null,
): Promise<string> {
  const base = serverUrl || localSite || `http://localhost:${env().PORT}`
  const url = new URL('/api/revalidate', base)
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { [signatureHeader]: signRevalidation(payload.secret) },
    })
    if (!response.ok)
      return `Site yenilenemedi (${url}: HTTP ${response.status}); sitenin PAYLOAD_SECRET değeri bu bilgisayardakiyle aynı mı?`
    return `Site yenilendi (${base}): değişen sayfalar birkaç saniye içinde görünür.`
  } catch {
    return serverUrl
      ? `Siteye ulaşılamadı (${base}). Site çalışıyorsa adresi kontrol edin; çalışmıyorsa açıldığında yeni içeriği gösterir.`
      : `${base} adresinde çalışan bir site bulunamadı. Site başka bir adreste ya da portta çalışıyorsa komutu SERVER_URL ile tekrarlayın (örneğin SERVER_URL=http://localhost:4000 npm run import -- …); site kapalıysa açıldığında yeni içeriği gösterir.`
  }
}
