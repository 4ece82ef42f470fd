import { unstable_cache } from 'next/cache'

import { contentTag } from '@/shared/server/cache-tags'

/**
 * A stamp that changes whenever editors publish (the content tag is revalidated then).
 * In-memory structures built from the content (the search index, the sitemap) are
 * rebuilt when it changes, so requests in between never touch the database.
 */
export const contentVersion = unstable_cache(async () => `${Date.now()}`, ['rota-content-version'], {
  tags: [contentTag],
})

/** Memoises `build` per key until the content version changes. */
export function perContentVersion<K, V>(build: (key: K) => Promise<V>): (key: K) => Promise<V> {
  const memo = new Map<K, { version: string; value: Promise<V> }>()
  return async (key: K) => {
    const version = await contentVersion()
    const hit = memo.get(key)
    if (hit?.version === version) return hit.value
    const value = build(key)
    memo.set(key, { version, value })
    value.catch(() => memo.delete(key))
    return value
  }
}
