export type Sample = { at: number; ms: number; ok: boolean }

/**
 * Readers asking for `pages` in turn at a fixed rate until `stop()`: request i is due at
 * start + i / rate whatever the answers before it, and its time counts from then to the end of
 * its answer. A server that stops answering for a while is measured as readers feel it; a client
 * that waited for each answer before asking the next would ask nothing while the server stalls.
 */
export function steadyReaders(baseUrl: string, pages: string[], perSecond: number) {
  const samples: Sample[] = []
  const inFlight = new Set<Promise<void>>()
  const started = performance.now()
  let sent = 0
  let running = true
  const timer = setInterval(() => {
    const now = performance.now()
    while (running && started + (sent * 1000) / perSecond <= now) {
      const due = started + (sent * 1000) / perSecond
      const url = baseUrl + pages[sent % pages.length]
      sent++
      const request = fetch(url)
        .then(async (response) => {
          await response.arrayBuffer()
          samples.push({ at: due, ms: performance.now() - due, ok: response.status === 200 })
        })
        .catch(() => {
          samples.push({ at: due, ms: performance.now() - due, ok: false })
        })
        .finally(() => inFlight.delete(request))
      inFlight.add(request)
    }
  }, 2)
  return {
    samples,
    async stop() {
      running = false
      clearInterval(timer)
      await Promise.all(inFlight)
    },
  }
}

/** Count, median, p99 and slowest of `list` in ms, and how many failed. */
export const summary = (list: Sample[]) => {
  const times = list.map((s) => s.ms).sort((a, b) => a - b)
  const at = (q: number) => (times.length ? times[Math.min(times.length - 1, Math.floor(times.length * q))] : NaN)
  return {
    count: times.length,
    p50: Math.round(at(0.5)),
    p99: Math.round(at(0.99)),
    max: Math.round(times.at(-1) ?? NaN),
    failed: list.filter((s) => !s.ok).length,
  }
}
