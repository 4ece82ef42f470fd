/**
 * A counter of published changes in this process. The site's own caches follow Next.js's
 * revalidation; the server's copies of rendered pages (src/cli/page-copies.ts) sit in front
 * of Next.js and follows this counter instead. It lives on globalThis because the server and
 * the Next.js bundles load this module separately.
 */
const key = Symbol.for('rota.contentGeneration')
const store = globalThis as unknown as Record<symbol, number | undefined>

export const contentGeneration = (): number => store[key] ?? 0

export function contentChanged(): void {
  store[key] = contentGeneration() + 1
}
