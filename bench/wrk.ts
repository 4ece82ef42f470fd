import { execFileSync } from 'node:child_process'

/**
 * An address under load from wrk (Debian's `wrk`), not autocannon, where the server answers
 * faster than autocannon can ask: at such rates autocannon's own JavaScript takes a whole core
 * and measures itself (about 5,000 small pages a second whatever the server; 340 reports of
 * 117 KiB, where wrk got 10,800 from the same server). One thread, so the server keeps the other
 * core. wrk reports p50, p75, p90 and p99: there is no p95, so goals on p95 are held to the p99.
 */
export function wrkUnderLoad(
  url: string,
  {
    headers = {},
    connections = 20,
    seconds = 10,
    warmUpSeconds = 3,
  }: {
    headers?: Record<string, string>
    connections?: number
    seconds?: number
    warmUpSeconds?: number
  } = {},
) {
  const wrk = (duration: number) =>
    execFileSync(
      'wrk',
      [
        '-t1',
        `-c${connections}`,
        `-d${duration}s`,
        '--latency',
        ...Object.entries(headers).flatMap(([name, value]) => ['-H', `${name}: ${value}`]),
        url,
      ],
      { encoding: 'utf8' },
    )
  wrk(warmUpSeconds)
  const out = wrk(seconds)
  const number = (pattern: RegExp) => Number(pattern.exec(out)?.[1] ?? 0)
  const ms = (pattern: RegExp) => {
    const match = pattern.exec(out)
    if (!match) return NaN
    const factor = { us: 0.001, ms: 1, s: 1000 }[match[2] as 'us' | 'ms' | 's'] ?? NaN
    return Math.round(Number(match[1]) * factor * 10) / 10
  }
  return {
    perSecond: Math.round(number(/Requests\/sec:\s+([\d.]+)/)),
    p50: ms(/50%\s+([\d.]+)(us|ms|s)/),
    p99: ms(/99%\s+([\d.]+)(us|ms|s)/),
    failed:
      number(/Non-2xx or 3xx responses:\s+(\d+)/) +
      [...(/Socket errors:(.*)/.exec(out)?.[1].matchAll(/\d+/g) ?? [])].reduce((sum, [n]) => sum + Number(n), 0),
  }
}
