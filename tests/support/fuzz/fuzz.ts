/**
 * Seeded randomness for the fuzz tests: the same seed gives the same inputs, so a failure is
 * reproduced by running the test again (the seed is in the test's name). FUZZ_SEED picks
 * another seed to explore further.
 */
export const fuzzSeed = Number(process.env.FUZZ_SEED ?? 20261129)

export function random(seed = fuzzSeed) {
  let state = seed >>> 0
  // mulberry32: small, fast, good enough to pick inputs.
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (max: number) => Math.floor(next() * max)
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]
  const some = <T>(count: number, make: () => T): T[] => Array.from({ length: count }, make)
  return { next, int, pick, some }
}

export type Random = ReturnType<typeof random>

/** Values that have broken parsers before: huge, negative, fractional, not numbers at all, odd text. */
export const oddValues = [
  '0',
  '-1',
  '1',
  '16',
  '999999',
  '1000000',
  '1.5',
  '1e20',
  '1e400',
  '9007199254740993',
  'NaN',
  'Infinity',
  '-0',
  '0x10',
  '',
  ' ',
  'true',
  'false',
  'null',
  'undefined',
  '[]',
  '{}',
  'abc',
  'notadate',
  '2026-11-29',
  '2026-13-45',
  '%',
  '%E0%A4%A',
  '\u0000',
  '\u202e',
  'İstanbul',
  'ğüşiöç',
  '<script>alert(1)</script>',
  "' OR 1=1 --",
  '../../etc/passwd',
  'a'.repeat(300),
] as const

/** Fails the test instead of waiting forever: a request that hangs is a finding too. */
export async function within<T>(ms: number, what: string, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms: ${what}`)), ms)
  })
  try {
    return await Promise.race([work, timeout])
  } finally {
    clearTimeout(timer)
  }
}
