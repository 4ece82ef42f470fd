/**
 * Whether this server received SIGTERM and is finishing its last requests. Set by the
 * production server (src/cli/serve.ts), read by GET /api/health so the proxy and
 * docker-compose stop sending readers here. On globalThis: the server and the Next.js
 * bundles load this module separately.
 */
const key = Symbol.for('rota.shuttingDown')
const holder = globalThis as unknown as Record<symbol, boolean | undefined>

export const shuttingDown = (): boolean => holder[key] === true

export function markShuttingDown(): void {
  holder[key] = true
}
