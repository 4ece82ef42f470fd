/**
 * Editors at work, timed by the bench itself: `editors` loops, each sending its next request as
 * soon as its last one answered, for `seconds`, after a warm-up. Each request is made by
 * `request(n)` (the n-th of the run), so every editor can open or save a different advice: the
 * same address each time would measure one document's caches and, for saves, one row's lock.
 * Fetch in this process, not autocannon: an admin page takes 50–500 ms, so the client's own
 * cost is small beside it, and autocannon cannot vary the body of a save.
 */
export async function editorsAtWork(
  request: (n: number) => Promise<Response>,
  { editors, seconds = 5, warmUpSeconds = 1 }: { editors: number; seconds?: number; warmUpSeconds?: number },
) {
  let next = 0
  const run = async (ms: number) => {
    const times: number[] = []
    let failed = 0
    const until = performance.now() + ms
    await Promise.all(
      Array.from({ length: editors }, async () => {
        while (performance.now() < until) {
          const started = performance.now()
          const response = await request(next++).catch(() => null)
          await response?.arrayBuffer().catch(() => null)
          times.push(performance.now() - started)
          if (!response?.ok) failed++
        }
      }),
    )
    return { times: times.sort((a, b) => a - b), failed }
  }
  await run(warmUpSeconds * 1000)
  const { times, failed } = await run(seconds * 1000)
  const at = (q: number) => Math.round(times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? NaN)
  return { count: times.length, p50: at(0.5), p95: at(0.95), failed }
}

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
