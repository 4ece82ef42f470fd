import { createHash } from 'node:crypto'

import { signatureHeader, signRevalidation } from '@/shared/server/revalidate-signature'
import { limits } from '@/shared/limits'
import { logEvent } from '@/shared/server/log'

/**
 * Keeps this instance's pages in step with the others. Several app instances share one
 * database but each has its own page caches (Next.js's, and the report copies in
 * page-copies.ts); a publish refreshes only the instance that handled it. Every other
 * instance notices the shared content stamp move (collections/ContentStamp) at its next poll
 * and refreshes itself, through its own revalidation endpoint, because Next.js marks pages
 * stale only inside one of its requests.
 *
 * One small signed request to itself per poll; a failed poll (database down, server busy) is
 * logged once and retried ten times less often until one succeeds: each failure is also in
 * the server's own log, which a database that stays down would otherwise fill twice a second.
 */
export function watchContent(port: number, configSecret: string, intervalMs = limits.contentWatchMs): () => void {
  // The endpoint checks against Payload's own key, which Payload derives from the configured secret so.
  const secret = createHash('sha256').update(configSecret).digest('hex').slice(0, 32)
  let since = ''
  let failing = false
  let stopped = false
  let timer: NodeJS.Timeout | undefined

  async function poll(): Promise<void> {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/revalidate`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [signatureHeader]: signRevalidation(secret) },
        body: JSON.stringify({ since }),
        signal: AbortSignal.timeout(intervalMs * 10),
      })
      if (!response.ok) throw new Error(`HTTP ${response.status}`)
      since = ((await response.json()) as { stamp: string }).stamp
      if (failing) logEvent('info', '[content-watch] the shared content stamp can be read again')
      failing = false
    } catch (error) {
      if (!failing)
        logEvent('warn', `[content-watch] cannot read the shared content stamp: ${(error as Error).message}`)
      failing = true
    }
    if (!stopped) timer = setTimeout(() => void poll(), failing ? intervalMs * 10 : intervalMs).unref()
  }

  void poll()
  return () => {
    stopped = true
    clearTimeout(timer)
  }
}
