import type { Payload } from 'payload'
import {
  RateLimiterDrizzle,
  RateLimiterMemory,
  RateLimiterMongo,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible'

/**
 * The table (SQLite) or collection (MongoDB) the counters live in: in the database the app's
 * instances share, so two instances behind the proxy count one address together (with a
 * counter per process, each instance gave an attacker its own allowance). Its SQLite table is
 * added to Payload's schema by src/cms/database/rate-limit-table.ts, so the migrations create it.
 */
export const rateLimitTable = 'rota_rate_limits'

export type AttemptLimit = {
  /** Names the counter in the store; one per rule (sign-in per address, team creations …). */
  name: string
  points: number
  windowMs: number
}

type Store = { name?: string; drizzle?: unknown; tables?: Record<string, unknown>; connection?: unknown }

const made = new WeakMap<object, Map<string, RateLimiterAbstract>>()

/**
 * The limiter of one rule, on the shared store: the SQLite database through Payload's own
 * drizzle client, or MongoDB through its connection. rate-limiter-flexible counts atomically
 * there (an upsert), so a burst of parallel requests cannot slip past a limit between a read
 * and a write. If the store fails, a counter in this process takes over (its
 * `insuranceLimiter`): a database hiccup never opens the door, nor shuts it.
 */
export function attemptLimiter(payload: Payload, limit: AttemptLimit): RateLimiterAbstract {
  const db = payload.db as unknown as Store
  const mine = made.get(db) ?? new Map<string, RateLimiterAbstract>()
  made.set(db, mine)
  const known = mine.get(limit.name)
  if (known) return known
  const common = {
    keyPrefix: limit.name,
    points: limit.points,
    duration: Math.max(1, Math.ceil(limit.windowMs / 1000)),
  }
  const insuranceLimiter = new RateLimiterMemory(common)
  const table = db.tables?.[rateLimitTable]
  const limiter =
    db.name === 'mongoose' && db.connection
      ? new RateLimiterMongo({ ...common, storeClient: db.connection, tableName: rateLimitTable, insuranceLimiter })
      : table && db.drizzle
        ? new RateLimiterDrizzle({ ...common, storeClient: db.drizzle, schema: table, insuranceLimiter })
        : insuranceLimiter
  mine.set(limit.name, limiter)
  return limiter
}

/**
 * Takes `points` from `key`'s allowance at once. Answers how long to wait when the allowance
 * was already spent (the points are then taken anyway: an attempt beyond the limit counts too).
 */
export async function take(limiter: RateLimiterAbstract, key: string, points = 1): Promise<{ waitMs: number }> {
  try {
    await limiter.consume(key, points)
    return { waitMs: 0 }
  } catch (refusal) {
    if (refusal instanceof RateLimiterRes) return { waitMs: Math.max(1_000, refusal.msBeforeNext) }
    throw refusal
  }
}

/** Gives points back: an attempt that turned out to be legitimate (a right password) does not count. */
export async function giveBack(limiter: RateLimiterAbstract, key: string, points = 1): Promise<void> {
  await limiter.reward(key, points).catch(() => undefined)
}
