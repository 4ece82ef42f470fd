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

type Kept<T> = { generation: number; at: number; value: Promise<T> }

/**
 * `read(key)` kept until something is published (the counter above moves: this instance's
 * publishes at once, other instances' and the import's when they tell it) and at most `maxMs`.
 * For what readers can see and the admin shows on every visit: the dashboard's "İçgörüler"
 * read every published question and choice through Payload, 100 ms of a core each time. The
 * time bound covers a publish whose counter moved before its transaction committed (MongoDB),
 * which a read in between would otherwise keep until the next publish.
 */
export function keptUntilContentChanges<K extends object, T>(
  read: (key: K) => Promise<T>,
  maxMs: number,
): (key: K) => Promise<T> {
  const kept = new WeakMap<K, Kept<T>>()
  return (key) => {
    const generation = contentGeneration()
    const now = Date.now()
    const known = kept.get(key)
    if (known && known.generation === generation && now - known.at < maxMs) return known.value
    const value = read(key)
    kept.set(key, { generation, at: now, value })
    value.catch(() => {
      if (kept.get(key)?.value === value) kept.delete(key)
    })
    return value
  }
}
